package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{Val: 1, Next: &Node{Val: 2}}
	fmt.Println(n.Val, n.Next.Val)
	fmt.Println(n.Next.Next.Val)
}
