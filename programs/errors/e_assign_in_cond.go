package main

import "fmt"

func main() {
	x := 3
	if x = 5 {
		fmt.Println("five")
	}
}
