package main

import "fmt"

func f(n int) int {
	var pad [64]int
	pad[n%64] = n
	return f(n+1) + pad[0]
}

func main() {
	fmt.Println("recursing")
	defer fmt.Println("deferred calls do not run on a fatal error")
	f(0)
}
