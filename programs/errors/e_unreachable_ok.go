package main

import "fmt"

func f() int {
	return 1
	fmt.Println("never")
	return 2
}

func main() {
	fmt.Println(f())
	var unused int
}
