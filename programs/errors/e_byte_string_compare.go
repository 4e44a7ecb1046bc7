package main

import "fmt"

func main() {
	s := "hello"
	if s[0] == "h" {
		fmt.Println("starts with h")
	}
}
