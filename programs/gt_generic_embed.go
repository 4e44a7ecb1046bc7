package main

import (
	"fmt"
	"strings"
)

// Fields and methods promoted through an embedded generic type, and a package
// used only inside a generic method that is never instantiated.

type Box[T any] struct {
	val T
}

func (b *Box[T]) Put(v T) { b.val = v }
func (b Box[T]) Get() T   { return b.val }

type Named[T any] struct {
	Box[T]
	name string
}

type Cache[T any] struct {
	*store[T]
}

type store[T any] struct {
	items map[string]T
}

func (s *store[T]) Set(k string, v T) { s.items[k] = v }
func (s *store[T]) Lookup(k string) (T, bool) {
	v, ok := s.items[k]
	return v, ok
}

type Getter[T any] interface {
	Lookup(k string) (T, bool)
	Set(k string, v T)
}

type Unused[T any] struct{ x T }

func (u Unused[T]) String() string { return strings.Repeat("?", 3) }

func newCache[T any]() Getter[T] {
	return &Cache[T]{&store[T]{items: map[string]T{}}}
}

func main() {
	var n Named[int]
	n.Put(5)
	n.name = "five"
	fmt.Println(n.name, n.val, n.Get(), n.Box.val)
	n.Box = Box[int]{9}
	fmt.Println(n.Get())

	c := newCache[*Named[string]]()
	c.Set("a", &Named[string]{Box[string]{"hello"}, "greeting"})
	if v, ok := c.Lookup("a"); ok {
		fmt.Println(v.name, v.Get())
	}
	_, ok := c.Lookup("b")
	fmt.Println(ok)
}
