package main

import "fmt"

type S12 struct {
	a, b, c int32
}
type S20 struct {
	a [5]int32
}
type S40 struct {
	a [5]int64
}
type S3 [3]byte

func caps[T any](n int) []int {
	var s []T
	var out []int
	last := -1
	for i := 0; i < n; i++ {
		var z T
		s = append(s, z)
		if cap(s) != last {
			last = cap(s)
			out = append(out, last)
		}
	}
	return out
}

func main() {
	fmt.Println(caps[S12](300))
	fmt.Println(caps[S20](300))
	fmt.Println(caps[S40](200))
	fmt.Println(caps[S3](600))
	fmt.Println(caps[string](300))
	fmt.Println(caps[[7]int16](200))
	a := append([]int64(nil), 1, 2, 3, 4, 5)
	fmt.Println(len(a), cap(a))
	b := append(make([]byte, 5), make([]byte, 30)...)
	fmt.Println(len(b), cap(b))
	c := append([]S12{{}}, make([]S12, 10)...)
	fmt.Println(len(c), cap(c))
	d := append([]string{"x"}, "a", "b", "c", "d", "e")
	fmt.Println(len(d), cap(d))
	e := make([]int, 0, 5)
	e = append(e, make([]int, 6)...)
	fmt.Println(len(e), cap(e))
	r := []rune("héllo wörld")
	fmt.Println(len(r), cap(r))
	bs := []byte("a longer string of some length")
	fmt.Println(len(bs), cap(bs))
}
