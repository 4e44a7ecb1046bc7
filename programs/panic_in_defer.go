package main

import "fmt"

func main() {
	defer fmt.Println("first deferred still runs")
	defer func() {
		panic("second panic")
	}()
	panic("first panic")
}
