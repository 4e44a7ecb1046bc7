package main

import (
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error %q\n", name, err.Error())
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

type P struct{ v int }

func main() {
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	try("neg index", func() { j := -1; _ = s[j+0] })
	try("slice hi", func() { _ = s[1:i] })
	try("slice lo>hi", func() { lo := 3; _ = s[lo:2] })
	try("slice3", func() { _ = s[0:1:i] })
	try("string index", func() { str := "abc"; _ = str[i] })
	try("string slice", func() { str := "abc"; _ = str[i:] })
	arr := [3]int{}
	try("array", func() { _ = arr[i%4] })
	try("nil map", func() {
		var m map[string]int
		m["x"] = 1
	})
	try("nil ptr", func() {
		var p *P
		fmt.Println(p.v)
	})
	try("div", func() { z := 0; _ = 1 / z })
	try("custom", func() { panic(fmt.Sprintf("custom %d", 42)) })
	try("error value", func() { panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner"))) })
	try("make neg", func() { n := -1; _ = make([]int, n) })
	try("make cap", func() { n := 1; _ = make([]int, 2, n) })
	try("conversion", func() {
		var x interface{} = 1.5
		_ = x.(string)
	})
	try("closed chan", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("slice to array ptr", func() {
		_ = (*[4]int)(s)
	})
	try("repeat", func() { _ = strings.Repeat("x", -1) })
	try("nil func", func() {
		var f func(int) int
		f(1)
	})
	try("struct panic", func() { panic(P{3}) })
	try("nested", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-panic: ", r))
		}()
		panic("first")
	})
	fmt.Println("done")
	var m map[P][]int
	fmt.Println(m[P{1}], len(m[P{2}]))
	_ = s[len(s)+i-5]
}
