package main

import "fmt"

func main() {
	total := 100
	per := total / 0
	fmt.Println(per)
}
