package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable]() Set[T] { return make(Set[T]) }

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	cap   int
}

func NewCache[K comparable, V any](n int) *Cache[K, V] {
	return &Cache[K, V]{data: map[K]V{}, cap: n}
}

var ErrMiss = errors.New("miss")

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
		if len(c.order) > c.cap {
			old := c.order[0]
			c.order = c.order[1:]
			delete(c.data, old)
		}
	}
	c.data[k] = v
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	v, ok := c.data[k]
	if !ok {
		return v, fmt.Errorf("get %v: %w", k, ErrMiss)
	}
	return v, nil
}

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len())
	v, ok := s.Pop()
	fmt.Println(v, ok)
	s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)

	is := &Stack[int]{}
	for i := 0; i < 5; i++ {
		is.Push(i * i)
	}
	fmt.Println(is.items, is.Len())
	fmt.Printf("%T %T\n", s, is)

	var l List[float64]
	l.PushFront(1.5)
	l.PushFront(2.5)
	l.Each(func(f float64) { fmt.Print(f, " ") })
	fmt.Println(l.size)

	set := NewSet[int]()
	set.Add(3)
	set.Add(3)
	set.Add(4)
	fmt.Println(len(set), set.Has(3), set.Has(5))

	c := NewCache[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	_, err := c.Get("a")
	fmt.Println(err, errors.Is(err, ErrMiss))
	x, err := c.Get("c")
	fmt.Println(x, err)

	var root *Tree[int]
	for _, n := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(n)
	}
	root.Walk(func(i int) { fmt.Print(i, ",") })
	fmt.Println()
	var sroot *Tree[string]
	for _, w := range []string{"m", "c", "x", "a"} {
		sroot = sroot.Insert(w)
	}
	sroot.Walk(func(s string) { fmt.Print(s) })
	fmt.Println()
	fmt.Printf("%T\n", sroot)
}
