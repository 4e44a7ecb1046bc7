package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int, 3)
	var wg sync.WaitGroup
	ch <- 1
	close(ch)
	fmt.Println(<-ch)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		ch <- 2
	}()
	wg.Wait()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var nilch chan int
		close(nilch)
	}()
	done := make(chan struct{})
	go func() {
		close(ch)
		close(done)
	}()
	<-done
	fmt.Println("never")
}
