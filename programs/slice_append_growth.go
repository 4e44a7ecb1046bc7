package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println("len", len(s), "cap", cap(s))
			prev = cap(s)
		}
	}
	b := []byte("ab")
	b = append(b, "cdef"...)
	fmt.Println(string(b), len(b), cap(b))
	t := append([]int{1, 2}, 3, 4, 5)
	fmt.Println(t, len(t), cap(t))
	strs := append([]string(nil), "x")
	fmt.Println(strs, cap(strs))
}
