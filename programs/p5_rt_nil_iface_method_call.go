package main

import "fmt"

type Shape interface{ Area() float64 }

func main() {
	var s Shape
	fmt.Println("nil interface:", s == nil)
	fmt.Println(s.Area())
}
