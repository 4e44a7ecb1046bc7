package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func (c *counter) incTwice() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.inc() // sync.Mutex is not reentrant
}

func main() {
	c := &counter{}
	c.inc()
	fmt.Println("n =", c.n)
	c.incTwice()
	fmt.Println("never")
}
