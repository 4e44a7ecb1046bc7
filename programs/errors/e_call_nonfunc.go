package main

import "fmt"

func main() {
	total := 10
	result := total(5)
	fmt.Println(result)
}
