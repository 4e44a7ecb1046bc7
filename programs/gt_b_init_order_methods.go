package main

import "fmt"

type T int

func (r T) First() int   { return a }
func (r *T) Second() int { return b + int(*r) }
func (r T) Third() int   { return c }

var x1 = T(0).First()
var x2 = (*T).Second(new(T))
var f3 = T.Third
var x3 = f3(0)
var x4 = func() int { var t T = 5; return t.Second() }()

var a = identity(1)
var b = identity(2)
var c = identity(3)

func identity(v int) int {
	fmt.Println("init", v)
	return v
}

func main() {
	fmt.Println(x1, x2, x3, x4)
}
