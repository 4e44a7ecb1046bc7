package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func SumMap[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

type List[T any] struct {
	head, tail *elem[T]
	n          int
}

type elem[T any] struct {
	v    T
	next *elem[T]
}

func (l *List[T]) Push(v T) *List[T] {
	e := &elem[T]{v: v}
	if l.tail == nil {
		l.head = e
	} else {
		l.tail.next = e
	}
	l.tail = e
	l.n++
	return l
}

func (l *List[T]) All() []T {
	var out []T
	for e := l.head; e != nil; e = e.next {
		out = append(out, e.v)
	}
	return out
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for e := l.head; e != nil; e = e.next {
		out.Push(f(e.v))
	}
	return out
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

type Num int

func main() {
	fmt.Println(SumMap(map[string]int{"a": 1, "b": 2}), SumMap(map[int]float64{1: 0.5, 2: 0.25}), SumMap(map[bool]Num{true: 4}))
	l := (&List[int]{}).Push(1).Push(2).Push(3)
	fmt.Println(l.All(), l.n)
	sl := MapList(l, func(i int) string { return fmt.Sprint(i * i) })
	fmt.Printf("%q %T\n", sl.All(), sl)
	p := MakePair("x", 1.5)
	fmt.Printf("%v %+v %T\n", p, p.Swap(), p.Swap())
	pp := MakePair(p, []int{1})
	fmt.Printf("%v %T\n", pp, pp)
	var empty List[Pair[int, string]]
	fmt.Println(empty.All() == nil, len(empty.All()))
}
