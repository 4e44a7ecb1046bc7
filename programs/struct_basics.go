package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func area(r Rect) int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func main() {
	p := Point{1, 2}
	q := Point{X: 3}
	var z Point
	fmt.Println(p, q, z)
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	r := Rect{Min: p, Max: Point{5, 7}, Name: "r"}
	fmt.Println(r, area(r))
	r2 := r
	r2.Min.X = 0
	fmt.Println(r.Min.X, r2.Min.X, r == r2, p == Point{1, 2})
	pp := &p
	pp.Y = 20
	fmt.Println(p.Y, (*pp).X)
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Println(anon)
}
