package main

import "fmt"

func main() {
	m := &map[string]int{"a": 1}
	fmt.Println(m)
	a := &[2]bool{true}
	fmt.Println(a)
	s := &[]int{1, 2}
	fmt.Println(s, len(*s))
}
