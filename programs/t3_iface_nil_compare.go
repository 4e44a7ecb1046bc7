package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q *Sq) Area() int {
	if q == nil {
		return -1
	}
	return q.s * q.s
}

type Key struct {
	A string
	B int
}

func find(ok bool) *Sq {
	if ok {
		return &Sq{3}
	}
	return nil
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("panic:", r)
		}
	}()
	f()
}

func main() {
	var s Shape
	fmt.Println(s == nil)
	var q *Sq
	s = q
	fmt.Println(s == nil, s != nil, q == nil, s.Area())
	s = find(true)
	fmt.Println(s.Area(), s == Shape(find(false)))
	var e1, e2 interface{}
	fmt.Println(e1 == e2)
	e1, e2 = 3, 3
	fmt.Println(e1 == e2)
	e2 = int64(3)
	fmt.Println(e1 == e2)
	e1, e2 = Key{"a", 1}, Key{"a", 1}
	fmt.Println(e1 == e2)
	e1, e2 = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(e1 == e2)
	e1 = nil
	fmt.Println(e1 == nil, e2 != nil)
	var err error
	fmt.Println(err == nil, errors.Is(err, nil))
	try(func() {
		var a, b interface{} = []int{1}, []int{1}
		fmt.Println(a == b)
	})
	try(func() {
		var a, b interface{} = map[int]int{}, 1
		fmt.Println("different types:", a == b)
		fmt.Println(a == a)
	})
	try(func() {
		m := map[interface{}]int{}
		m[[]int{1}] = 2
	})
	try(func() {
		type F struct{ f func() }
		var a, b interface{} = F{}, F{}
		fmt.Println(a == b)
	})
	try(func() {
		var sh Shape
		sh.Area()
	})
	try(func() {
		var i interface{} = "str"
		n := i.(int)
		fmt.Println(n)
	})
	try(func() {
		var i interface{}
		n := i.(int)
		fmt.Println(n)
	})
	try(func() {
		var i interface{} = Key{}
		sh := i.(Shape)
		fmt.Println(sh)
	})
	try(func() {
		var i fmt.Stringer
		_ = i.(interface{ Area() int })
	})
	m := map[Shape]string{}
	m[q] = "nil sq"
	m[nil] = "nil iface"
	fmt.Println(len(m), m[nil], m[(*Sq)(nil)])
}
