package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s Stack[T]) Len() int { return len(s.items) }

type Queue[T any] struct {
	head, tail []T
}

func (q *Queue[T]) Put(v T) { q.tail = append(q.tail, v) }
func (q *Queue[T]) Get() (T, bool) {
	if len(q.head) == 0 {
		for i := len(q.tail) - 1; i >= 0; i-- {
			q.head = append(q.head, q.tail[i])
		}
		q.tail = q.tail[:0]
	}
	if len(q.head) == 0 {
		var zero T
		return zero, false
	}
	v := q.head[len(q.head)-1]
	q.head = q.head[:len(q.head)-1]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

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

func (l *List[T]) Reverse() *List[T] {
	r := &List[T]{}
	l.Each(func(v T) { r.PushFront(v) })
	return r
}

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, x := range xs {
		s.m[x] = struct{}{}
	}
	return s
}

func (s *Set[T]) Has(x T) bool {
	_, ok := s.m[x]
	return ok
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

type Holder struct {
	ints  Stack[int]
	pairs []Pair[string, int]
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len())
	v, err := s.Pop()
	fmt.Println(v, err)
	s.Pop()
	_, err = s.Pop()
	fmt.Println(err)

	q := &Queue[float64]{}
	for i := 0; i < 4; i++ {
		q.Put(float64(i) * 1.5)
	}
	for {
		x, ok := q.Get()
		if !ok {
			break
		}
		fmt.Print(x, " ")
	}
	fmt.Println()

	p := MakePair("one", 1)
	fmt.Println(p, p.Key, p.Val)
	fmt.Printf("%v %+v %T\n", p, Pair[int, bool]{1, true}, p)
	var st fmt.Stringer = Pair[string, []int]{"xs", []int{1, 2}}
	fmt.Println(st.String())

	l := &List[int]{}
	for i := 1; i <= 4; i++ {
		l.PushFront(i * 10)
	}
	l.Each(func(v int) { fmt.Print(v, ",") })
	fmt.Println(l.size)
	l.Reverse().Each(func(v int) { fmt.Print(v, ";") })
	fmt.Println()

	set := NewSet("x", "y")
	fmt.Println(set.Has("x"), set.Has("z"))
	fmt.Printf("%T %T %T\n", set, s, l.head)

	var t *Tree[string]
	for _, w := range []string{"m", "c", "x", "a"} {
		t = t.Insert(w)
	}
	t.Walk(func(s string) { fmt.Print(s) })
	fmt.Println()

	h := Holder{}
	h.ints.Push(7)
	h.pairs = append(h.pairs, Pair[string, int]{"k", 3})
	fmt.Println(h.ints.Len(), h.pairs)
	m := make(map[Pair[int, int]]string)
	m[Pair[int, int]{1, 2}] = "a"
	fmt.Println(m[Pair[int, int]{1, 2}], len(m))
	fmt.Printf("%T\n", m)
}
