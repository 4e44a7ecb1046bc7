package main

import "fmt"

func get(a [4]string, i int) string { return a[i] }

func main() {
	a := [4]string{"a", "b", "c", "d"}
	fmt.Println(get(a, 3))
	fmt.Println(get(a, -1))
}
