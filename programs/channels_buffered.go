package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	ch <- "c"
	fmt.Println(<-ch, <-ch, len(ch))
	close(ch)
	for s := range ch {
		fmt.Println(s)
	}
	var nilCh chan int
	fmt.Println(nilCh == nil, cap(nilCh))
}
