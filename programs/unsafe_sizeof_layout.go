package main

import (
	"fmt"
	"unsafe"
)

type S1 struct {
	a bool
	b int64
	c bool
}

type S2 struct {
	a, c bool
	b    int64
}

type S3 struct {
	x int32
	y [3]byte
	s string
}

func main() {
	var i int
	var f32 float32
	var s string
	var sl []int
	var m map[int]int
	var e interface{}
	var p *int
	fmt.Println(unsafe.Sizeof(i), unsafe.Sizeof(f32), unsafe.Sizeof(s), unsafe.Sizeof(sl),
		unsafe.Sizeof(m), unsafe.Sizeof(e), unsafe.Sizeof(p))
	fmt.Println(unsafe.Sizeof(S1{}), unsafe.Sizeof(S2{}), unsafe.Sizeof(S3{}))
	fmt.Println(unsafe.Alignof(S1{}.b), unsafe.Offsetof(S1{}.c), unsafe.Offsetof(S3{}.s))
	fmt.Println(unsafe.Sizeof([5]int16{}), unsafe.Sizeof(struct{}{}))
}
