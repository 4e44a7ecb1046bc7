package main

import (
	"fmt"
	"sort"
	"sync"
)

type chanLock chan struct{}

func (l chanLock) Lock()   { l <- struct{}{} }
func (l chanLock) Unlock() { <-l }

type counted struct {
	mu    sync.Mutex
	locks int
}

func (c *counted) Lock()   { c.mu.Lock(); c.locks++ }
func (c *counted) Unlock() { c.mu.Unlock() }

func run(name string, l sync.Locker) {
	c := sync.NewCond(l)
	ready := 0
	var got []int
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			l.Lock()
			ready++
			for ready < 100 {
				c.Wait()
			}
			got = append(got, i)
			l.Unlock()
		}(i)
	}
	for {
		l.Lock()
		r := ready
		l.Unlock()
		if r == 4 {
			break
		}
		var x sync.WaitGroup
		x.Add(1)
		go func() { x.Done() }()
		x.Wait()
	}
	l.Lock()
	ready = 100
	c.Signal()
	l.Unlock()
	l.Lock()
	c.Broadcast()
	l.Unlock()
	wg.Wait()
	sort.Ints(got)
	fmt.Println(name, got)
}

func main() {
	run("mutex", &sync.Mutex{})
	run("rwmutex", &sync.RWMutex{})
	run("chanlock", make(chanLock, 1))
	cl := &counted{}
	run("counted", cl)
	fmt.Println(cl.locks >= 10)
}
