package main

import "fmt"

func producer(ch chan<- int, n int) {
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
}

func main() {
	ch := make(chan int)
	go producer(ch, 5)
	for v := range ch {
		fmt.Println("got", v)
	}
	v, ok := <-ch
	fmt.Println(v, ok)
	done := make(chan bool)
	go func() {
		fmt.Println("worker running")
		done <- true
	}()
	<-done
	fmt.Println("done")
}
