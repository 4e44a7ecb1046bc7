package main

import "fmt"

func check(n int) {
	if n > 10 {
		fmt.Println("big")
		break
	}
	fmt.Println(n)
}

func main() {
	check(5)
}
