package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	before := runtime.NumGoroutine()
	done := make(chan struct{})
	in := gen(done, 2, 3, 4, 5, 6, 7, 8)
	c1 := sq(done, in)
	c2 := sq(done, in)
	out := merge(done, c1, c2)
	v := <-out
	fmt.Println("first is a square:", v == 4 || v == 9 || v == 16)
	fmt.Println("running:", runtime.NumGoroutine()-before)
	close(done)
	for i := 0; i < 100 && runtime.NumGoroutine() > before; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("leaked:", runtime.NumGoroutine()-before)
	_, ok := <-out
	fmt.Println("out open:", ok)
}
