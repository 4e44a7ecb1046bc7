package main

import "fmt"

func pad(s string, n int) string {
	for len(s) < n {
		s = " " + s
	}
	return s
}

func main() {
	fmt.Println(pad(42, 5))
}
