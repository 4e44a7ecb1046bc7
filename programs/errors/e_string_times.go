package main

import "fmt"

func main() {
	line := "-" * 20
	fmt.Println(line)
}
