package main

import "fmt"

func main() {
	name := "item"
	idx := 3
	key := name + idx
	fmt.Println(key)
}
