package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	s := []int{1}
	fmt.Println(a[-1], s[-2])
}
