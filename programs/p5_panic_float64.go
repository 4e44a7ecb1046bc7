package main

import "fmt"

func main() {
	fmt.Println("start")
	var f float64 = -0.1
	panic(f * 3)
}
