package main

import "fmt"

func Add[T int | float64](a, b T) T {
	return a + b
}

func main() {
	var i int = 1
	var f float64 = 2.5
	fmt.Println(Add(i, f))
}
