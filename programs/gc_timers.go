package main

import (
	"fmt"
	"runtime"
	"time"
)

type payload struct {
	words []string
	next  *payload
}

func main() {
	done := make(chan string)
	// The closure (and what it captures) is reachable only from the timer.
	func() {
		p := &payload{words: []string{"held", "by", "a", "timer"}, next: &payload{words: []string{"!"}}}
		time.AfterFunc(20*time.Millisecond, func() {
			done <- fmt.Sprint(p.words, p.next.words)
		})
	}()
	for i := 0; i < 20000; i++ {
		_ = &payload{words: make([]string, 4)}
	}
	runtime.GC()
	fmt.Println(<-done)
	// A value sent into a buffered channel by a goroutine that has exited.
	c := make(chan *payload, 1)
	go func() { c <- &payload{words: []string{"in", "buffer"}} }()
	time.Sleep(5 * time.Millisecond)
	for i := 0; i < 20000; i++ {
		_ = make([]*payload, 8)
	}
	runtime.GC()
	fmt.Println((<-c).words)
}
