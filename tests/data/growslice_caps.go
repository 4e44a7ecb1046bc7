// Capacity sequences of append (growslice) in Go 1.19, for slice_test.cpp.
package main

import "fmt"

type T24 struct{ a, b, c int64 }

var sinkB []byte
var sinkR []rune

func main() {
	var b []byte
	last := -1
	for i := 0; i < 5000; i++ {
		b = append(b, 1)
		if cap(b) != last {
			last = cap(b)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var s []int64
	last = -1
	for i := 0; i < 5000; i++ {
		s = append(s, 1)
		if cap(s) != last {
			last = cap(s)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var t []T24
	last = -1
	for i := 0; i < 5000; i++ {
		t = append(t, T24{})
		if cap(t) != last {
			last = cap(t)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	// Appending several elements at once.
	for _, n := range []int{3, 5, 7, 17, 100} {
		var x []int64
		for i := 0; i < 8; i++ {
			x = append(x, make([]int64, n)...)
			fmt.Print(cap(x), " ")
		}
		fmt.Println()
	}
	for _, n := range []int{3, 5, 7, 17, 100} {
		var x []byte
		for i := 0; i < 8; i++ {
			x = append(x, make([]byte, n)...)
			fmt.Print(cap(x), " ")
		}
		fmt.Println()
	}
	for _, n := range []int{3, 5, 7, 17, 100} {
		var x []T24
		for i := 0; i < 8; i++ {
			x = append(x, make([]T24, n)...)
			fmt.Print(cap(x), " ")
		}
		fmt.Println()
	}
	// []byte(s) and []rune(s) capacities (escaping, so no stack buffer).
	for _, s := range []string{"a", "hello", "hello, world!!!!!", "héllo wörld", "0123456789012345678901234567890123456789"} {
		sinkB = []byte(s)
		sinkR = []rune(s)
		fmt.Println(cap(sinkB), cap(sinkR))
	}
}
