package main

import "fmt"

func main() {
	var size uint = 10
	size = -1
	fmt.Println(size)
}
