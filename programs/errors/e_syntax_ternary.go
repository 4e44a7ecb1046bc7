package main

import "fmt"

func main() {
	a, b := 3, 7
	m := a > b ? a : b
	fmt.Println(m)
}
