package main

import "fmt"

func lookup(m map[string]int, k string) {
	if v, ok := m[k]; ok {
		fmt.Println("found")
	}
	fmt.Println(v)
}

func main() {
	lookup(map[string]int{"a": 1}, "a")
}
