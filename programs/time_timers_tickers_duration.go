package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 30*time.Millisecond, el < 500*time.Millisecond)

	tick := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	fmt.Println("ticks", n)

	t := time.NewTimer(time.Hour)
	fmt.Println("stopped", t.Stop())
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired")

	done := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { done <- "afterfunc" })
	fmt.Println(<-done)

	res := make(chan int)
	go func() {
		time.Sleep(50 * time.Millisecond)
		res <- 1
	}()
	select {
	case v := <-res:
		fmt.Println("result", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timed out")
	}
	for _, d := range []time.Duration{0, 1, 999, 1500, 2 * time.Millisecond, 1500 * time.Millisecond, 90 * time.Second, 3*time.Hour + 25*time.Minute, -5 * time.Second} {
		fmt.Println(d, d.String(), d.Seconds(), d.Milliseconds())
	}
	fmt.Printf("%v %s %d\n", time.Second, 2*time.Minute, time.Millisecond)
	k := 0
	for range time.Tick(2 * time.Millisecond) {
		k++
		if k == 2 {
			break
		}
	}
	fmt.Println("tick", k)
}
