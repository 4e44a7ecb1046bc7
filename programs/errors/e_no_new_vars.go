package main

import "fmt"

func main() {
	a, b := 1, 2
	fmt.Println(a, b)
	a, b := 3, 4
	fmt.Println(a, b)
}
