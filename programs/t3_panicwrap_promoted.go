package main

import "fmt"

type Inner struct{ v int }

func (i Inner) Get() int { return i.v }

type Outer struct {
	Inner
	name string
}

type Getter interface{ Get() int }

type Box[T any] struct{ v T }

func (b Box[T]) Get() int { return 1 }

//go:noinline
func call(g Getter) (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			r = -1
		}
	}()
	return g.Get()
}

func main() {
	var o *Outer
	fmt.Println(call(o))
	fmt.Println(call(&Outer{Inner{7}, "x"}))
	var b *Box[string]
	fmt.Println(call(b))
}
