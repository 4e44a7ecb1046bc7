// Spawning 100,000 goroutines that each add to a shared counter under a mutex.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 100000; i++ {
		wg.Add(1)
		go func(k int) {
			mu.Lock()
			total += k
			mu.Unlock()
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
}
