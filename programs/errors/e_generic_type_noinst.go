package main

import "fmt"

type Box[T any] struct {
	val T
}

func main() {
	var b Box
	fmt.Println(b)
}
