package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	defer func() {
		fmt.Println("recovered:", recover())
		wg.Add(1)
		wg.Done()
		wg.Done()
	}()
	wg.Add(2)
	wg.Add(-3)
}
