package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	c := Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				c.Inc([]string{"a", "b", "c"}[(i+j)%3])
				if j%3 == 0 {
					runtime.Gosched()
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n["a"], c.n["b"], c.n["c"])

	var hits int64
	var ops atomic.Int64
	var flag int32
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&hits, 2)
			ops.Add(1)
			atomic.CompareAndSwapInt32(&flag, 0, 1)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&hits), ops.Load(), flag)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}

	var rw sync.RWMutex
	shared := 0
	for i := 0; i < 10; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			rw.Lock()
			shared++
			rw.Unlock()
		}()
		go func() {
			defer wg.Done()
			rw.RLock()
			_ = shared
			rw.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println("shared", shared)

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	woken := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			woken++
			mu.Unlock()
		}()
	}
	runtime.Gosched()
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("woken", woken, runtime.NumGoroutine())
}
