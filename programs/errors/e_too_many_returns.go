package main

import "fmt"

func half(n int) int {
	if n%2 != 0 {
		return n / 2, false
	}
	return n / 2
}

func main() {
	fmt.Println(half(4))
}
