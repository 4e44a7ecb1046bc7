package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	p := Pair[string]{Key: "a", Val: 1}
	fmt.Println(p)
}
