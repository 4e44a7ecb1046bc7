package main

import "fmt"

func count(s string) int {
	return len(s)
}

func main() {
	n, err := count("hello")
	if err != nil {
		return
	}
	fmt.Println(n)
}
