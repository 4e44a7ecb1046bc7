package main

import "fmt"

func f(a int b int) int {
	return a
}

func main() {
	fmt.Println(f(1, 2))
}
