package main

import "fmt"

func main() {
	a, b := true, false
	if a & b {
		fmt.Println("both")
	}
}
