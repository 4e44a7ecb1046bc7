package main

import "fmt"

func main() {
	src := []int{1, 2}
	var dst [2]int
	copy(dst, src)
	fmt.Println(dst)
}
