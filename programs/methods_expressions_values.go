package main

import "fmt"

type P struct{ x, y int }

func (p P) Sum() int         { return p.x + p.y }
func (p *P) Scale(k int)     { p.x *= k; p.y *= k }
func (p P) Add(q P, r ...int) P {
	for _, v := range r {
		q.x += v
	}
	return P{p.x + q.x, p.y + q.y}
}

type Outer struct {
	P
	name string
}

type Ptr struct{ *P }

type Shape interface{ Area() float64 }
type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

func apply(f func(P) int, p P) int { return f(p) }

func main() {
	p := P{1, 2}
	f := P.Sum
	g := (*P).Sum
	h := (*P).Scale
	fmt.Println(f(p), g(&p))
	h(&p, 10)
	fmt.Println(p, apply(P.Sum, p))
	add := P.Add
	fmt.Println(add(p, P{1, 1}), add(p, P{1, 1}, 5, 5))
	o := Outer{P{3, 4}, "o"}
	fmt.Println(Outer.Sum(o), (*Outer).Sum(&o))
	(*Outer).Scale(&o, 2)
	fmt.Println(o)
	q := Ptr{&P{5, 6}}
	fmt.Println(Ptr.Sum(q))
	Ptr.Scale(q, 3)
	fmt.Println(*q.P)
	area := Shape.Area
	fmt.Println(area(Sq(3)))
	fs := []func(P) int{P.Sum, func(p P) int { return p.x }}
	for _, f := range fs {
		fmt.Println(f(P{7, 8}))
	}
	fmt.Printf("%T\n", P.Add)
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	var np *P
	h(np, 2)
}
