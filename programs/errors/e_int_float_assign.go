package main

import "fmt"

func main() {
	total := 10
	ratio := 0.5
	total = total * ratio
	fmt.Println(total)
}
