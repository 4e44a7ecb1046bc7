package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type node struct{ v int }

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i, i*i)
		}(i)
	}
	wg.Wait()
	v, ok := m.Load(3)
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore(3, 100)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore(30, 100)
	fmt.Println(act, loaded)
	m.Delete(30)
	old, ld := m.LoadAndDelete(4)
	fmt.Println(old, ld)
	var keys []int
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println(keys)

	p := sync.Pool{New: func() any { return new(node) }}
	n := p.Get().(*node)
	n.v = 5
	p.Put(n)
	fmt.Println(p.Get() != nil)

	var empty sync.Pool
	fmt.Println(empty.Get())
	empty.Put("a")
	empty.Put(nil)
	fmt.Println(empty.Get(), empty.Get())
	n2 := 0
	m.Range(func(k, v any) bool { n2++; return n2 < 3 })
	fmt.Println("stopped after", n2)
	var m2 sync.Map
	m2.Delete("x")
	m2.Range(func(k, v any) bool { panic("never") })
	fmt.Println(m2.Load("x"))
	m2.Store("s", []int{1})
	v2, _ := m2.Load("s")
	fmt.Println(v2)
	defer func() { fmt.Println("recovered:", recover()) }()
	m2.Store([]int{1}, 1)
	var u atomic.Uint32
	u.Store(9)
	fmt.Println(u.Load())
}
