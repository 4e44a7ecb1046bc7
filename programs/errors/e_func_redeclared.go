package main

import "fmt"

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func max(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(max(1, 2))
}
