package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results <- i * i
		}(i)
	}
	sum := 0
	for v := range results { // nobody closes results
		sum += v
		if sum == 5 {
			fmt.Println("sum reached", sum)
		}
	}
	wg.Wait()
}
