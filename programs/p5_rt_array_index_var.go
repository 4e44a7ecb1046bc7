package main

import "fmt"

func main() {
	var a [3]int
	i := 5
	a[1] = 1
	fmt.Println(a)
	a[i] = 2
}
