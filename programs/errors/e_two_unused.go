package main

import (
	"fmt"
	"strings"
)

func main() {
	names := []string{"x", "y"}
	count := len(names)
	for i, n := range names {
		fmt.Println(n)
	}
}
