package main

import (
	"fmt"
	"sort"
	"time"
)

func main() {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	var got []int
	for i := 0; i < 2; i++ {
		select {
		case v := <-c:
			got = append(got, v*10)
		case v := <-c:
			got = append(got, v*100)
		}
	}
	sort.Ints(got)
	fmt.Println(len(got), got[0]%10 == 0)

	// send and receive on the same unbuffered channel in one select: never ready alone
	u := make(chan int)
	select {
	case u <- 1:
		fmt.Println("sent")
	case <-u:
		fmt.Println("received")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("neither: a select cannot pair with itself")
	}

	// a goroutine blocked sending in select panics when the channel closes
	done := make(chan string)
	s := make(chan int)
	go func() {
		defer func() { done <- fmt.Sprint("sender: ", recover()) }()
		select {
		case s <- 1:
		case <-time.After(time.Second):
		}
	}()
	time.Sleep(10 * time.Millisecond)
	close(s)
	fmt.Println(<-done)

	// receivers blocked in select see the close with ok == false
	r := make(chan int)
	res := make(chan string, 2)
	for i := 0; i < 2; i++ {
		go func() {
			select {
			case v, ok := <-r:
				res <- fmt.Sprint(v, ok)
			case <-time.After(time.Second):
				res <- "timeout"
			}
		}()
	}
	time.Sleep(10 * time.Millisecond)
	close(r)
	fmt.Println(<-res, <-res)

	// select in a loop with a nil-ed out channel
	a, b := make(chan int), make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 12; i++ {
			b <- i
		}
		close(b)
	}()
	sum, n := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			n++
		}
	}
	fmt.Println(sum, n)

	// a pending AfterFunc keeps the program alive (no deadlock while a timer is set)
	fin := make(chan bool)
	time.AfterFunc(30*time.Millisecond, func() { fin <- true })
	fmt.Println("waiting on timer:", <-fin)
	var block chan int
	select {
	case <-block:
	case <-time.After(5 * time.Millisecond):
		fmt.Println("nil case skipped")
	}
	select {}
}
