package main

import "fmt"

func scale(x int) int {
	x := x * 2
	return x
}

func main() {
	fmt.Println(scale(2))
}
