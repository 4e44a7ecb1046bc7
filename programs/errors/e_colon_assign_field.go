package main

import "fmt"

type Box struct{ W int }

func main() {
	b := Box{}
	b.W := 5
	fmt.Println(b)
}
