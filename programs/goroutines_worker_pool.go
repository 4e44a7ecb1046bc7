package main

import (
	"fmt"
	"sync"
)

func worker(jobs <-chan int, results chan<- [2]int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- [2]int{j, j * j}
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan [2]int, 100)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	for i := 1; i <= 50; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)
	squares := make([]int, 51)
	sum := 0
	for r := range results {
		squares[r[0]] = r[1]
		sum += r[1]
	}
	fmt.Println(sum, squares[7], squares[50])
}
