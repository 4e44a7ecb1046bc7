package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type job struct {
	id int
	n  int
}

type result struct {
	id     int
	worker int
	sum    int
}

func worker(id int, jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		s := 0
		for i := 1; i <= j.n; i++ {
			s += i * i
		}
		time.Sleep(time.Millisecond)
		results <- result{j.id, id, s}
	}
}

func main() {
	const numJobs = 20
	jobs := make(chan job, numJobs)
	results := make(chan result, numJobs)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- job{j, j * 10}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	workers := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workers[r.worker] = true
	}
	sort.Slice(all, func(a, b int) bool { return all[a].id < all[b].id })
	total := 0
	for _, r := range all {
		fmt.Printf("job %2d -> %d\n", r.id, r.sum)
		total += r.sum
	}
	fmt.Println("results:", len(all), "total:", total)
	fmt.Println("some worker used:", len(workers) >= 1)
	_, open := <-results
	fmt.Println("results open:", open, "len:", len(results), "cap:", cap(results))
}
