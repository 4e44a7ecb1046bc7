package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.add(1)
	go func() {
		defer wg.Done()
		fmt.Println("hi")
	}()
	wg.Wait()
}
