package main

import "fmt"

func main() {
	counts := map[string]int{}
	counts = append(counts, 1)
	fmt.Println(counts)
}
