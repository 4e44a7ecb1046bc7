package main

import "fmt"

func main() {
	var count int = 2.5
	fmt.Println(count)
}
