package main

import "fmt"

func main() {
	x := 3
	switch {
	case x > 5:
		fmt.Println("big")
	default:
		fmt.Println("small")
	default:
		fmt.Println("other")
	}
}
