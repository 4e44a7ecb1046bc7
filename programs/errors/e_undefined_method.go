package main

import "fmt"

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func main() {
	s := &Stack{}
	s.Push(1)
	s.Push(2)
	fmt.Println(s.Pop())
}
