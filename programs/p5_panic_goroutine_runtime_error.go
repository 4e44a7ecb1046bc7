package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	defer fmt.Println("main defer does not run")
	go func() {
		defer wg.Done()
		var p *struct{ n int }
		fmt.Println("goroutine about to fail")
		p.n++
	}()
	wg.Wait()
	select {}
}
