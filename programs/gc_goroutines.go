package main

import (
	"fmt"
	"runtime"
	"sync"
)

type msg struct {
	text string
	next *msg
}

func worker(id int, in <-chan *msg, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	// Held only by this goroutine's stack while it is parked on `in`.
	own := &msg{text: fmt.Sprint("worker", id)}
	for m := range in {
		out <- own.text + ":" + m.text + ":" + m.next.text
	}
}

func main() {
	in := make(chan *msg, 16) // buffered values reachable only from the channel
	out := make(chan string, 100)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(i, in, out, &wg)
	}
	for i := 0; i < 16; i++ {
		in <- &msg{text: fmt.Sprint("m", i), next: &msg{text: fmt.Sprint("n", i)}}
	}
	for i := 0; i < 10000; i++ {
		_ = make([]*msg, 10)
	}
	runtime.GC()
	close(in)
	wg.Wait()
	close(out)
	n := 0
	for s := range out {
		if len(s) > 0 {
			n++
		}
	}
	fmt.Println(n)
}
