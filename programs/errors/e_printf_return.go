package main

import "fmt"

func show(n int) string {
	fmt.Printf("%d\n", n)
}

func main() {
	show(1)
}
