package main

import "fmt"

func main() {
	var label string
	count := 42
	label = count
	fmt.Println(label)
}
