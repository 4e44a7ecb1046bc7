package main

import "fmt"

func main() {
	seen := map[[]int]bool{}
	fmt.Println(len(seen))
}
