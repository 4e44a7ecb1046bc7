package main

import "fmt"

type Record struct {
	ID   int
	Tags []string
}

func main() {
	a := Record{ID: 1}
	b := Record{ID: 1}
	fmt.Println(a == b)
}
