package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]int
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := &Cache{data: map[string]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				c.Set(fmt.Sprintf("k%d", i), w*100+i)
			}
		}(w)
	}
	hits := 0
	var hm sync.Mutex
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				if _, ok := c.Get(fmt.Sprintf("k%d", i)); ok {
					hm.Lock()
					hits++
					hm.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	keys := make([]string, 0, len(c.data))
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(len(keys), keys[:3], hits <= 200)
	for _, k := range keys {
		v, _ := c.Get(k)
		if v%100 != int(k[1]-'0') && len(k) == 2 {
			fmt.Println("bad", k, v)
		}
	}

	// Several readers hold the lock together; a writer waits for all of them.
	var rw sync.RWMutex
	events := make(chan string, 10)
	rw.RLock()
	rw.RLock()
	go func() {
		rw.Lock()
		events <- "writer in"
		rw.Unlock()
	}()
	time.Sleep(20 * time.Millisecond)
	events <- "reader 1 out"
	rw.RUnlock()
	time.Sleep(20 * time.Millisecond)
	events <- "reader 2 out"
	rw.RUnlock()
	for i := 0; i < 3; i++ {
		fmt.Println(<-events)
	}

	// A pending writer blocks new readers.
	rw.RLock()
	go func() {
		rw.Lock()
		events <- "writer 2 in"
		time.Sleep(20 * time.Millisecond)
		events <- "writer 2 out"
		rw.Unlock()
	}()
	time.Sleep(20 * time.Millisecond)
	go func() {
		rw.RLock()
		events <- "late reader in"
		rw.RUnlock()
	}()
	time.Sleep(20 * time.Millisecond)
	events <- "first reader out"
	rw.RUnlock()
	for i := 0; i < 4; i++ {
		fmt.Println(<-events)
	}
	fmt.Println("trylock:", rw.TryLock(), rw.TryRLock())
	rw.Unlock()
	fmt.Println("tryrlock:", rw.TryRLock(), rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	l := rw.RLocker()
	l.Lock()
	l.Unlock()
	fmt.Println("done")
}
