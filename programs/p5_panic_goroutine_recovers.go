package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, res []string) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			res[id] = fmt.Sprint("worker ", id, " recovered: ", r)
		}
	}()
	if id%2 == 1 {
		var a []int
		_ = a[id]
	}
	res[id] = fmt.Sprint("worker ", id, " ok")
}

func main() {
	var wg sync.WaitGroup
	res := make([]string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(i, &wg, res)
	}
	wg.Wait()
	for _, r := range res {
		fmt.Println(r)
	}
}
