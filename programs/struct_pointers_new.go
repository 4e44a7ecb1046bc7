package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func push(head *Node, v int) *Node {
	return &Node{Val: v, Next: head}
}

func main() {
	var head *Node
	for i := 0; i < 5; i++ {
		head = push(head, i)
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	p := new(int)
	*p = 7
	fmt.Println(*p)
	n := new(Node)
	fmt.Println(n.Val, n.Next == nil)
	x := 10
	px := &x
	ppx := &px
	**ppx = 11
	fmt.Println(x)
}
