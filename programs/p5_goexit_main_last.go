package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("worker done")
	}()
	wg.Wait()
	defer fmt.Println("main's deferred call runs")
	runtime.Goexit()
	fmt.Println("not reached")
}
