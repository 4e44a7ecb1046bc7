package main

import "fmt"

func consume(ch <-chan int) {
	for v := range ch {
		fmt.Println(v)
	}
	ch <- 0
}

func main() {
	ch := make(chan int)
	close(ch)
	consume(ch)
}
