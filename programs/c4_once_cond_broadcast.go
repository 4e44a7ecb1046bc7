package main

import (
	"fmt"
	"sort"
	"sync"
)

type Config struct {
	name  string
	loads int
}

var (
	cfg     *Config
	cfgOnce sync.Once
	loads   int
)

func getConfig() *Config {
	cfgOnce.Do(func() {
		loads++
		cfg = &Config{"prod", loads}
	})
	return cfg
}

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := getConfig()
			_ = c
		}()
	}
	wg.Wait()
	fmt.Println(getConfig().name, getConfig().loads, loads)

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	var woke []int
	var started sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		started.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			started.Done()
			for !ready {
				cond.Wait()
			}
			woke = append(woke, i)
			mu.Unlock()
		}(i)
	}
	started.Wait()
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	sort.Ints(woke)
	fmt.Println("woken:", woke)

	q := NewQueue()
	results := make(chan int, 10)
	for i := 0; i < 3; i++ {
		go func() {
			for {
				v := q.Get()
				if v < 0 {
					return
				}
				results <- v * 10
			}
		}()
	}
	for i := 1; i <= 9; i++ {
		q.Put(i)
	}
	sum := 0
	for i := 0; i < 9; i++ {
		sum += <-results
	}
	for i := 0; i < 3; i++ {
		q.Put(-1)
	}
	fmt.Println("sum:", sum)

	var once sync.Once
	calls := 0
	for i := 0; i < 3; i++ {
		once.Do(func() { calls++ })
	}
	fmt.Println("calls:", calls)
}
