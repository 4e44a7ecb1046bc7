package main

import "fmt"

func f() {
	var g func()
	defer g()
	fmt.Println("body runs, nil func panics at return")
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		f()
	}()
	f()
}
