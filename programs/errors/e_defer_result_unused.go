package main

import "fmt"

func cleanup() error { return nil }

func main() {
	defer fmt.Println("done")
	x := 1
	x = 2
}
