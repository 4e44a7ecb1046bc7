package main

import (
	"fmt"
	"time"
)

func main() {
	timer1 := time.NewTimer(20 * time.Millisecond)
	<-timer1.C
	fmt.Println("Timer 1 fired")

	timer2 := time.NewTimer(time.Second)
	go func() {
		<-timer2.C
		fmt.Println("Timer 2 fired")
	}()
	stop2 := timer2.Stop()
	if stop2 {
		fmt.Println("Timer 2 stopped")
	}
	fmt.Println("stop again:", timer2.Stop())

	t3 := time.NewTimer(time.Hour)
	fmt.Println("reset active:", t3.Reset(10*time.Millisecond))
	<-t3.C
	fmt.Println("t3 fired after reset")
	fmt.Println("reset expired:", t3.Reset(10*time.Millisecond))
	<-t3.C
	fmt.Println("t3 fired again")

	t4 := time.NewTimer(5 * time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	if !t4.Stop() {
		<-t4.C
		fmt.Println("drained t4")
	}
	t4.Reset(5 * time.Millisecond)
	<-t4.C
	fmt.Println("t4 fired after drain+reset")

	fired := make(chan string, 3)
	time.AfterFunc(60*time.Millisecond, func() { fired <- "late" })
	time.AfterFunc(10*time.Millisecond, func() { fired <- "early" })
	af := time.AfterFunc(20*time.Millisecond, func() { fired <- "cancelled" })
	fmt.Println("afterfunc stop:", af.Stop())
	fmt.Println(<-fired, <-fired)
	select {
	case s := <-fired:
		fmt.Println("unexpected", s)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("no more")
	}

	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), d.Milliseconds(), time.Duration(0), 90*time.Second, 2*time.Hour+3*time.Minute)
	fmt.Println(time.Duration(1), 1500*time.Microsecond, d.Truncate(time.Second), d.Round(time.Second))
}
