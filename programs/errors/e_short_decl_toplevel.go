package main

import "fmt"

count := 0

func main() {
	count++
	fmt.Println(count)
}
