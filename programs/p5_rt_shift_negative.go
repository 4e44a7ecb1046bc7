package main

import "fmt"

func main() {
	x := 1
	n := -3
	fmt.Println(x << 2)
	fmt.Println(x << n)
}
