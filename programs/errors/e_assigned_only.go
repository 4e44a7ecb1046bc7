package main

import "fmt"

func main() {
	var last int
	for i := 0; i < 5; i++ {
		last = i
	}
	fmt.Println("done")
}
