package main

import "fmt"

func get(s []int, i int) int { return s[i] }

func main() {
	s := make([]int, 3, 10)
	fmt.Println(get(s, 2))
	fmt.Println(get(s, 5))
}
