package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
)

type S []int

func (s S) Len() int           { return len(s) }
func (s S) Less(i, j int) bool { return s[i] < s[j] }
func (s S) Swap(i, j int)      { panic(fmt.Sprintf("swap %d %d", i, j)) }

func deferredNative() (r interface{}) {
	defer func() { r = recover() }()
	defer sort.Slice([]int{2, 1}, func(i, j int) bool { panic("in deferred sort") })
	panic("first")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("goroutine defers run")
		strings.FieldsFunc("a b", func(r rune) bool { runtime.Goexit(); return false })
		fmt.Println("not reached")
	}()
	wg.Wait()
	fmt.Println(deferredNative())
	ch := make(chan int)
	go func() { ch <- 1; ch <- 2 }()
	s := []int{3, 1, 2}
	sort.Slice(s, func(i, j int) bool {
		if i == 1 {
			select {
			case v := <-ch:
				_ = v
			default:
			}
		}
		return s[i] < s[j]
	})
	fmt.Println(s)
	func() {
		defer func() { fmt.Println("r:", recover()) }()
		sort.Sort(S{2, 1})
	}()
	var once sync.Once
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("once r:", recover()) }()
			once.Do(func() { panic(i) })
		}()
	}
	go func() {
		sort.Slice([]int{2, 1}, func(i, j int) bool { panic(fmt.Errorf("in goroutine %d", 2)) })
	}()
	select {}
}
