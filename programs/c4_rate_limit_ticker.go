package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)

	limiter := time.Tick(20 * time.Millisecond)
	start := time.Now()
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
	}
	el := time.Since(start)
	fmt.Println("paced:", el >= 90*time.Millisecond)

	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(50 * time.Millisecond) {
			bursty <- t
		}
	}()
	burstReqs := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstReqs <- i
	}
	close(burstReqs)
	start = time.Now()
	var fast int
	for req := range burstReqs {
		<-bursty
		if time.Since(start) < 25*time.Millisecond {
			fast++
		}
		fmt.Println("burst request", req)
	}
	fmt.Println("immediate:", fast)

	ticker := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		if n == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
	ticker.Reset(5 * time.Millisecond)
	<-ticker.C
	ticker.Stop()
	select {
	case <-ticker.C:
		fmt.Println("unexpected tick")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("stopped ticker is quiet")
	}
}
