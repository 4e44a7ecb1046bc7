package main

import "fmt"

func main() {
	x := 1
	y := 2 +
	fmt.Println(x y)
	z := [3]int{1, 2, 3
	fmt.Println(z)
}
