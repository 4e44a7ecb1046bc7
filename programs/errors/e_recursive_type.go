package main

import "fmt"

type Node struct {
	value int
	next  Node
}

func main() {
	n := Node{value: 1}
	fmt.Println(n.value)
}
