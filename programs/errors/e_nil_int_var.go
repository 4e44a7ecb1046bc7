package main

import "fmt"

func main() {
	var count int = nil
	fmt.Println(count)
}
