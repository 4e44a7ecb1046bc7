package main

import "fmt"

func main() {
	var total
	total = 5
	fmt.Println(total)
}
