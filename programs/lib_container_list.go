package main

import (
	"container/list"
	"fmt"
)

func dump(name string, l *list.List) {
	fmt.Print(name, " len=", l.Len(), ":")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" | back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

type point struct{ x, y int }

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump("a", l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	dump("b", l)
	l.MoveBefore(e1, e4)
	dump("c", l)
	l.MoveAfter(e4, l.Back())
	dump("d", l)
	fmt.Println(l.Remove(e1), l.Len())
	fmt.Println(l.Remove(e1), l.Len()) // already removed: no-op
	dump("e", l)
	fmt.Println(e1.Next() == nil, e1.Prev() == nil)

	// The zero List is ready to use.
	var z list.List
	fmt.Println(z.Len(), z.Front() == nil, z.Back() == nil)
	z.PushBack("x")
	z.PushBack(point{1, 2})
	z.PushFront(3.5)
	dump("z", &z)
	// An element of another list is ignored.
	fmt.Println(l.InsertBefore(9, z.Front()) == nil, l.Len())
	l.MoveToFront(z.Back())
	dump("l", l)

	l.PushBackList(&z)
	dump("pbl", l)
	l.PushFrontList(&z)
	dump("pfl", l)
	l.PushBackList(l)
	fmt.Println(l.Len())
	l.Init()
	dump("init", l)

	// A queue and a stack.
	q := list.New()
	for i := 0; i < 5; i++ {
		q.PushBack(i * i)
	}
	for q.Len() > 0 {
		e := q.Front()
		q.Remove(e)
		fmt.Print(e.Value.(int), " ")
	}
	fmt.Println()
	// Removing while iterating, Go's idiom.
	for i := 0; i < 10; i++ {
		q.PushBack(i)
	}
	for e := q.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%3 == 0 {
			q.Remove(e)
		}
		e = next
	}
	dump("q", q)
	// Values can be updated in place.
	for e := q.Front(); e != nil; e = e.Next() {
		e.Value = e.Value.(int) * 10
	}
	dump("q10", q)
	fmt.Printf("%T %T\n", q, q.Front())

	defer func() { fmt.Println("recovered:", recover()) }()
	var nl *list.List
	nl.Len()
}
