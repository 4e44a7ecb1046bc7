package main

import (
	"fmt"
	"sort"
	"sync"
)

type Bank struct {
	mu       sync.Mutex
	accounts map[string]int
	log      []string
}

func (b *Bank) Transfer(from, to string, amt int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.accounts[from] < amt {
		return false
	}
	b.accounts[from] -= amt
	b.accounts[to] += amt
	return true
}

func (b *Bank) Total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := 0
	for _, v := range b.accounts {
		t += v
	}
	return t
}

func main() {
	b := &Bank{accounts: map[string]int{"alice": 1000, "bob": 1000, "carol": 1000}}
	names := []string{"alice", "bob", "carol"}
	var wg sync.WaitGroup
	var okMu sync.Mutex
	ok, fail := 0, 0
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r := b.Transfer(names[i%3], names[(i+1)%3], (i%7)+1)
			okMu.Lock()
			if r {
				ok++
			} else {
				fail++
			}
			okMu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("ok:", ok, "fail:", fail, "total:", b.Total())
	keys := make([]string, 0)
	for k := range b.accounts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, b.accounts[k])
	}

	var counter int
	var mu sync.Mutex
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			mu.Lock()
			counter++
			mu.Unlock()
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)
	fmt.Println("trylock:", mu.TryLock(), mu.TryLock())
	mu.Unlock()
}
