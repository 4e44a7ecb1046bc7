package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("outer defer never runs")
	defer func() {
		fmt.Println("exiting from a deferred call")
		os.Exit(3)
	}()
	fmt.Println("main body")
	panic("this panic is never printed")
}
