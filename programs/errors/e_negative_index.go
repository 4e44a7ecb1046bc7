package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	last := s[-1]
	fmt.Println(last)
}
