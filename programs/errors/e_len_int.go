package main

import "fmt"

func main() {
	n := 12345
	digits := len(n)
	fmt.Println(digits)
}
