package main

import (
	"fmt"
	"runtime"
)

type T struct {
	other *T
	data  []int
	name  string
}

func makeCycle(n int) *T {
	a := &T{data: make([]int, 100), name: fmt.Sprint("a", n)}
	b := &T{other: a, data: make([]int, 50), name: fmt.Sprint("b", n)}
	a.other = b
	return a
}

func counter() func() int {
	c := 0
	s := make([]string, 0)
	return func() int {
		c++
		s = append(s, fmt.Sprint(c))
		return len(s)
	}
}

func main() {
	// Cycles become garbage: HeapObjects must fall back after a GC.
	keep := makeCycle(-1)
	for i := 0; i < 20000; i++ {
		makeCycle(i)
	}
	runtime.GC()
	var m1 runtime.MemStats
	runtime.ReadMemStats(&m1)
	// A closure's captured variables live only in its funcval.
	f := counter()
	for i := 0; i < 1000; i++ {
		f()
	}
	for i := 0; i < 30000; i++ {
		_ = make([]byte, 100)
	}
	runtime.GC()
	fmt.Println(f(), keep.name, keep.other.name, keep.other.other == keep, len(keep.data))
	// Map values and slices of pointers survive collections.
	m := map[string]*T{}
	for i := 0; i < 1000; i++ {
		m[fmt.Sprint(i)] = &T{name: fmt.Sprint("v", i)}
		if i%100 == 0 {
			runtime.GC()
		}
	}
	ps := make([]*T, 0)
	for i := 0; i < 1000; i++ {
		ps = append(ps, &T{name: fmt.Sprint("p", i)})
	}
	runtime.GC()
	fmt.Println(len(m), m["999"].name, m["0"].name, ps[0].name, ps[999].name)
	var m2 runtime.MemStats
	runtime.ReadMemStats(&m2)
	fmt.Println(m1.HeapObjects < 20000, m2.NumGC >= 2, m2.Mallocs > m2.Frees, m2.Frees > 40000)
	runtime.KeepAlive(keep)
}
