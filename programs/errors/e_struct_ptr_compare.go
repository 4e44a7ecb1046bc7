package main

import "fmt"

type T struct{ n int }

func main() {
	a := &T{1}
	b := T{1}
	fmt.Println(a == b)
}
