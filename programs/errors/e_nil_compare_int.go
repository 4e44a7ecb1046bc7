package main

import "fmt"

func find(xs []int, v int) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	idx := find([]int{4, 5}, 5)
	if idx == nil {
		fmt.Println("missing")
	}
}
