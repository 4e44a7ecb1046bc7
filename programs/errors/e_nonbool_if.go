package main

import "fmt"

func main() {
	items := []string{"a", "b"}
	if len(items) {
		fmt.Println("non-empty")
	}
}
