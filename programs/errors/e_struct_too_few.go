package main

import "fmt"

type Pair struct {
	Key   string
	Value int
}

func main() {
	p := Pair{"a"}
	fmt.Println(p)
}
