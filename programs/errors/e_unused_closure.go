package main

import "fmt"

func main() {
	nums := []int{1, 2, 3}
	total := 0
	add := func(n int) {
		doubled := n * 2
		total += n
	}
	for _, n := range nums {
		add(n)
	}
	fmt.Println(total)
}
