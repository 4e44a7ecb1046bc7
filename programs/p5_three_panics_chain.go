package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("outer recover:", recover())
		panic("third")
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}
