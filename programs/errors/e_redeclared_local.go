package main

import "fmt"

func main() {
	var total int
	values := []int{1, 2}
	var total int
	for _, v := range values {
		total += v
	}
	fmt.Println(total)
}
