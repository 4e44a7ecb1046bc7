package main

import "fmt"

func main() {
	n := 10
	if s, ok := n.(string); ok {
		fmt.Println(s)
	}
}
