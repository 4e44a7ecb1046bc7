package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

type Arr [8]int

var calls int

func parr() *[40]int {
	calls++
	return nil
}

func mkarr() Arr {
	calls++
	return Arr{1, 2, 3}
}

var global = len(parr())

type Names []string
type Words []string

type Blank struct{ x int }

func (Blank) _()  {}
func (*Blank) _() {}

type Inner struct {
	B int32
	C int32
}

type Outer struct {
	A int32
	Inner
}

type Pair struct {
	A int8
	B int64
	C int16
}

func kind(f func(), m map[int]int, s []int) string {
	out := ""
	switch f {
	case nil:
		out += "f=nil "
	default:
		out += "f=set "
	}
	switch m {
	case nil:
		out += "m=nil "
	}
	switch s {
	case nil:
		out += "s=nil"
	default:
		out += "s=set"
	}
	return out
}

func main() {
	fmt.Println("global", global, calls)
	n := len(parr()) + cap(parr())
	fmt.Println("local", n, calls)
	calls = 0
	cnt := 0
	for i := range mkarr() {
		cnt += i
	}
	for range mkarr() {
		cnt++
	}
	fmt.Println("range", cnt, calls)

	a := Names{"a"}
	b := Words{"b", "c"}
	r := append(a, b...)
	fmt.Printf("%T %v\n", r, r)

	fmt.Println(kind(nil, nil, nil))
	fmt.Println(kind(func() {}, map[int]int{}, []int{}))

	var p Pair
	switch {
	case unsafe.Offsetof(p.A) != 0:
		fmt.Println("A")
	case unsafe.Offsetof(p.B) != 8:
		fmt.Println("B")
	case unsafe.Offsetof(p.C) != 16:
		fmt.Println("C")
	default:
		fmt.Println("offsets ok", unsafe.Sizeof(p))
	}
	var po *Outer
	fmt.Println(unsafe.Offsetof(po.C), unsafe.Offsetof(po.Inner.C), unsafe.Offsetof(po.B))
	_ = Blank{}
	const os, arch = runtime.GOOS, runtime.GOARCH
	fmt.Println(os, arch, runtime.Compiler)
	fmt.Printf("%T\n", runtime.GOOS)
}
