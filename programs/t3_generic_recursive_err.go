package main

type List[T any] struct {
	val  T
	next List[T] // ERROR "invalid recursive type List"
}

type Tree[T any] struct {
	val         T
	left, right *Tree[T]
	kids        []Tree[T]
}

func main() {
	var l List[int]
	_ = l
	var t Tree[string]
	_ = t
}
