package main

import "fmt"

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func main() {
	times := 2.0
	fmt.Println(repeat("ab", times))
}
