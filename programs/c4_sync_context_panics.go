package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v (%T)\n", name, r, r)
		}
	}()
	f()
}

func main() {
	try("nil key", func() { context.WithValue(context.Background(), nil, 1) })
	try("slice key", func() { context.WithValue(context.Background(), []int{1}, 1) })
	try("nil parent timeout", func() { context.WithTimeout(nil, time.Second) })
	try("nil parent deadline", func() { context.WithDeadline(nil, time.Now()) })
	try("ticker", func() { time.NewTicker(0) })
	try("atomic nil", func() {
		var v atomic.Value
		v.Store(nil)
	})
	try("atomic inconsistent", func() {
		var v atomic.Value
		v.Store(1)
		v.Store("x")
	})
	try("neg wg", func() {
		var wg sync.WaitGroup
		wg.Done()
	})
	try("send closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("close nil", func() {
		var c chan int
		close(c)
	})
	try("select send closed", func() {
		c := make(chan int)
		close(c)
		select {
		case c <- 1:
		case <-time.After(time.Millisecond):
		}
	})
	try("makechan", func() {
		n := -1
		_ = make(chan int, n)
	})
	var rw sync.RWMutex
	c := sync.NewCond(rw.RLocker())
	done := make(chan bool)
	go func() {
		rw.RLock()
		c.Wait()
		rw.RUnlock()
		done <- true
	}()
	time.Sleep(10 * time.Millisecond)
	c.Broadcast()
	<-done
	fmt.Println("cond over RLocker ok")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	fmt.Println(ctx.Err(), ctx.Err() == context.Canceled)
	fmt.Printf("%v %T\n", context.DeadlineExceeded.Error(), ctx)
	var err error = context.DeadlineExceeded
	fmt.Printf("%#v %+v %q\n", err, err, err)
}
