package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type result struct {
	path string
	sum  int
	err  error
}

func digest(s string) int {
	h := 0
	for _, c := range s {
		h = h*31 + int(c)
		h %= 1000003
	}
	return h
}

func main() {
	paths := []string{}
	for i := 0; i < 40; i++ {
		paths = append(paths, fmt.Sprintf("file%02d.txt", i))
	}
	const numDigesters = 5
	done := make(chan struct{})
	defer close(done)
	pathc := make(chan string)
	go func() {
		defer close(pathc)
		for _, p := range paths {
			select {
			case pathc <- p:
			case <-done:
				return
			}
		}
	}()
	c := make(chan result)
	var wg sync.WaitGroup
	wg.Add(numDigesters)
	for i := 0; i < numDigesters; i++ {
		go func() {
			for p := range pathc {
				var err error
				if strings.HasSuffix(p, "7.txt") {
					err = fmt.Errorf("cannot read %s", p)
				}
				select {
				case c <- result{p, digest(p), err}:
				case <-done:
					return
				}
			}
			wg.Done()
		}()
	}
	go func() {
		wg.Wait()
		close(c)
	}()
	m := make(map[string]int)
	var errs []string
	for r := range c {
		if r.err != nil {
			errs = append(errs, r.err.Error())
			continue
		}
		m[r.path] = r.sum
	}
	sort.Strings(errs)
	fmt.Println(len(m), "digests")
	fmt.Println(strings.Join(errs, "\n"))
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys[:5] {
		fmt.Println(k, m[k])
	}

	sem := make(chan struct{}, 3)
	var mu sync.Mutex
	active, maxActive := 0, 0
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			for k := 0; k < 1000; k++ {
				if k%100 == 0 {
					runtimeYield()
				}
			}
			mu.Lock()
			active--
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println("max concurrent <= 3:", maxActive <= 3, "active now:", active)
}

func runtimeYield() {
	ch := make(chan int, 1)
	ch <- 1
	<-ch
}
