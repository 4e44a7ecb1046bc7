package main

import (
	"fmt"
	"sync"
	"time"
)

func producer(c chan<- int, n int) {
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
}

func main() {
	c := make(chan int)
	go producer(c, 5)
	for v := range c {
		fmt.Println("got", v)
	}
	b := make(chan string, 3)
	b <- "a"
	b <- "b"
	fmt.Println(len(b), cap(b))
	fmt.Println(<-b, <-b)
	close(b)
	v, ok := <-b
	fmt.Printf("%q %v\n", v, ok)
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			mu.Lock()
			total += k
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("total", total)
	done := make(chan bool)
	res := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			res <- i * i
		}
		done <- true
	}()
	for {
		select {
		case x := <-res:
			fmt.Println("res", x)
			continue
		case <-done:
			fmt.Println("done")
		}
		break
	}
	select {
	case x := <-res:
		fmt.Println("unexpected", x)
	default:
		fmt.Println("default")
	}
	t := time.After(20 * time.Millisecond)
	select {
	case <-t:
		fmt.Println("timeout")
	case <-res:
	}
	fmt.Println(1500*time.Millisecond, 300*time.Millisecond, 90*time.Second)
}
