package main

import "fmt"

func main() {
	var result = nil
	fmt.Println(result)
}
