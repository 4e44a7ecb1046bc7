// Texts of runtime errors in Go 1.19 (recovered, printed one per line), for runtime_string_test.cpp.
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	arr := "abc"
	i, j, k := 5, 1, 0
	neg := -2
	var u uint = 7
	try(func() { _ = s[i] })
	try(func() { _ = s[neg] })
	try(func() { _ = arr[i] })
	try(func() { _ = s[u] })
	try(func() { _ = s[:i] })
	try(func() { _ = arr[:i] })
	try(func() { _ = s[j:k] })
	try(func() { _ = s[neg:] })
	try(func() { _ = s[:1:i] })
	try(func() { _ = s[:i:2] })
	try(func() { _ = s[j:k:2] })
	try(func() { _ = s[:neg] })
	try(func() { _ = (*[4]int)(s) })
	try(func() { _ = 1 / k })
	try(func() { var m map[string]int; m["a"] = 1 })
	try(func() { var p *int; _ = *p })
	try(func() { _ = 1 << neg })
	try(func() { _ = make([]int, neg) })
	try(func() { _ = make([]int, 3, j) })
	try(func() { m := map[interface{}]int{}; m[[]int{}] = 1 })
	try(func() { var a, b interface{} = []int{}, []int{}; _ = a == b })
	try(func() { var a interface{} = "x"; _ = a.(int) })
	try(func() { var a interface{}; _ = a.(int) })
	try(func() { var a interface{} = 3; _ = a.(fmt.Stringer) })
	try(func() { var a fmt.Stringer; _ = a.(fmt.Stringer) })
	try(func() { var c chan int; close(c) })
	try(func() { c := make(chan int); close(c); close(c) })
	try(func() { c := make(chan int, 1); close(c); c <- 1 })
	try(func() { _ = make(chan int, neg) })
}
