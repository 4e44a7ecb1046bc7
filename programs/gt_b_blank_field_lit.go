package main

import "fmt"

type P struct{ a, _, c int }

var g = struct {
	s string
	_ string
}{"x", "dropped"}

func side(v int) int {
	fmt.Println("evaluated", v)
	return v
}

func main() {
	x := struct{ a, _, c int }{1, 2, 3}
	p := &P{4, side(5), 6}
	fmt.Println(x, *p, g)
	fmt.Printf("%+v %+v\n", x, []P{{7, 8, 9}})
}
