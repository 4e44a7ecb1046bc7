package main

import "fmt"

func main() {
	var r rune = 'x'
	var s string = r
	fmt.Println(s)
}
