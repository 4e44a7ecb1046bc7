package main

import (
	"fmt"
	"runtime"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, isRT := r.(runtime.Error)
		err, isErr := r.(error)
		msg := ""
		if isErr {
			msg = err.Error()
		}
		fmt.Printf("%-14s rt=%v err=%v %T | %s\n", name, isRT, isErr, r, msg)
		if isRT && !strings.HasPrefix(re.Error(), "runtime error: ") {
			fmt.Println("  (no runtime error: prefix)")
		}
	}()
	f()
}

type T struct{ x int }

func main() {
	var np *T
	var m map[string]int
	var ch chan int
	s := []int{1, 2, 3}
	i, j, z := 5, 1, 0
	var e interface{} = 1
	try("index", func() { _ = s[i] })
	try("slice", func() { _ = s[j:i] })
	try("slice3", func() { _ = s[0:1:i] })
	try("slice inv", func() { _ = s[2:j] })
	try("str index", func() { _ = "abc"[i] })
	try("str slice", func() { _ = "abc"[i:] })
	try("nil deref", func() { _ = np.x })
	try("div zero", func() { _ = i / z })
	try("mod zero", func() { _ = i % z })
	try("nil map", func() { m["a"] = 1 })
	try("assert", func() { _ = e.(string) })
	try("close nil", func() { close(ch) })
	try("close twice", func() { c := make(chan int); close(c); close(c) })
	try("send closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("neg shift", func() { _ = 1 << (j - 2) })
	try("makeslice", func() { _ = make([]int, j-2) })
	try("makeslice cap", func() { _ = make([]int, 3, j) })
	try("unhashable", func() { _ = map[interface{}]int{[]int{}: 1} })
	try("uncomparable", func() { var a, b interface{} = []int{}, []int{}; _ = a == b })
	try("conv array", func() { _ = (*[5]int)(s) })
	try("custom", func() { panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner"))) })
}
