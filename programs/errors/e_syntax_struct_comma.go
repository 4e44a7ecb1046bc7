package main

import "fmt"

type P struct {
	X int,
	Y int
}

func main() {
	fmt.Println(P{})
}
