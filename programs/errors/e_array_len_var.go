package main

import "fmt"

func main() {
	n := 4
	var grid [n]int
	fmt.Println(grid)
}
