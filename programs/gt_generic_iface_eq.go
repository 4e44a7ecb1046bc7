package main

import "fmt"

// == between values of two different interface types (one assignable to the
// other) compares the dynamic type and value, in plain and generic code.

type Blanker interface{ Blank() }

type Sizer interface {
	Blank()
	Size() int
}

type Foo struct{ n int }

func (Foo) Blank()       {}
func (f Foo) Size() int { return f.n }

type Getter[T any] interface{ Blank() }

func same[T comparable](p Getter[T], q any) bool {
	x, ok := p.(any)
	return ok && x == p && q == p && p == q
}

func main() {
	var b Blanker = Foo{1}
	var s Sizer = Foo{1}
	var e any = Foo{1}
	fmt.Println(b == s, s == b, e == b, b != e, e == s)
	s = Foo{2}
	fmt.Println(b == s, e != s)
	fmt.Println(same[int](Foo{3}, Foo{3}), same[string](Foo{3}, Foo{4}))
	var nb Blanker
	var ns Sizer
	fmt.Println(nb == ns, nb == Blanker(ns))
}
