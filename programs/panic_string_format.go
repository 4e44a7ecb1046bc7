package main

import "fmt"

func main() {
	fmt.Println("start")
	n := 42
	panic(fmt.Sprintf("bad value %d", n))
}
