package main

import "fmt"

type Number interface {
	int | float64
}

type Celsius float64

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	temps := []Celsius{20.5, 22}
	fmt.Println(Sum(temps))
}
