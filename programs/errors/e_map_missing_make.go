package main

import "fmt"

func main() {
	counts := map[string]int
	counts["a"]++
	fmt.Println(counts)
}
