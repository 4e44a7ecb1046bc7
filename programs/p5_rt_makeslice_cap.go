package main

import "fmt"

func main() {
	n, c := 10, 5
	fmt.Println("make", n, c)
	s := make([]byte, n, c)
	fmt.Println(len(s))
}
