package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	for i, v := range s {
		fmt.Println(i, v)
	}
	for i := range s {
		fmt.Print(i)
	}
	fmt.Println()
	sum := 0
	for _, v := range [4]int{1, 2, 3, 4} {
		sum += v
	}
	fmt.Println(sum)
	for i, r := range "héllo, 世界" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	for i, r := range "a\xffb" {
		fmt.Print(i, " ", r, "; ")
	}
	fmt.Println()
	// range evaluates its operand once
	nums := []int{1, 2, 3}
	for _, v := range nums {
		nums = append(nums, v*10)
	}
	fmt.Println(nums)
	count := 0
	for range s {
		count++
	}
	fmt.Println(count)
}
