package main

import "fmt"

func check(n int) {
	if n > 2 {
		panic("n is too big")
	}
	fmt.Println("ok", n)
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
}
