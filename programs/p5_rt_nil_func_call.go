package main

import "fmt"

func main() {
	var f func(int) int
	fmt.Println("calling nil func", f == nil)
	fmt.Println(f(1))
}
