package main

import "fmt"

func main() {
	nums := []int{3, 1, 2}
	fmt.Println(nums.len())
}
