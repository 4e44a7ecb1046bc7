package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	defer func() {
		// A fatal error is not a panic: recover sees nothing and the program dies.
		fmt.Println("recover:", recover())
	}()
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked once")
	mu.Unlock()
}
