package main

import "fmt"

type S struct {
	N int
	F func()
}

func main() {
	var a, b interface{} = S{N: 1}, S{N: 1}
	var c interface{} = 5
	fmt.Println(a == c)
	fmt.Println(a == b)
}
