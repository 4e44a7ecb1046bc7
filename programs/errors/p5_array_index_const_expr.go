package main

import "fmt"

const N = 4

func main() {
	var a [N]int
	a[N] = 1
	fmt.Println(a[N-1], a[2*N])
}
