package main

import "fmt"

func main() {
	n := -5
	m := make(map[string]int, n)
	m["a"] = 1
	fmt.Println(len(m), m)
}
