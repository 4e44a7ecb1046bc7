package main

import "fmt"

func main() {
	x := 10
	const z = 0
	fmt.Println(x % z)
	f := 1.5
	fmt.Println(f / 0)
	fmt.Println(f / 0.0)
}
