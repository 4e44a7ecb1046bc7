package main

import "fmt"

func main() {
	for i, k, v := range map[string]int{"a": 1} {
		fmt.Println(i, k, v)
	}
}
