package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// myCtx is a Context that context does not know: WithCancel must watch its Done channel.
type myCtx struct {
	mu   sync.Mutex
	done chan struct{}
	err  error
}

func newMyCtx() *myCtx { return &myCtx{done: make(chan struct{})} }

func (c *myCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c *myCtx) Done() <-chan struct{}       { return c.done }
func (c *myCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}
func (c *myCtx) Value(key interface{}) interface{} {
	if key == "who" {
		return "myCtx"
	}
	return nil
}
func (c *myCtx) cancel() {
	c.mu.Lock()
	c.err = context.Canceled
	c.mu.Unlock()
	close(c.done)
}

func main() {
	p := newMyCtx()
	child, cancel := context.WithCancel(p)
	defer cancel()
	grand, cancel2 := context.WithTimeout(child, time.Hour)
	defer cancel2()
	fmt.Println("value via child:", grand.Value("who"))
	fmt.Println("before:", child.Err(), grand.Err())
	p.cancel()
	select {
	case <-grand.Done():
		fmt.Println("grandchild:", grand.Err())
	case <-time.After(time.Second):
		fmt.Println("not propagated")
	}
	fmt.Println("child:", child.Err())

	p2 := newMyCtx()
	c2, cancel3 := context.WithCancel(p2)
	cancel3()
	fmt.Println("child cancelled alone:", c2.Err(), p2.Err())
}
