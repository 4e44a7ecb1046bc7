package main

import "fmt"

func main() {
	n := -5
	fmt.Println("makechan", n)
	ch := make(chan int, n)
	fmt.Println(cap(ch))
}
