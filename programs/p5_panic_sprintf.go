package main

import "fmt"

func check(v int) {
	if v > 10 {
		panic(fmt.Sprintf("value %d exceeds limit %d (%q)", v, 10, "ten"))
	}
}

func main() {
	check(3)
	check(42)
}
