package main

import "fmt"

func main() {
	items := []string{"a", "b"}
	delete(items, 0)
	fmt.Println(items)
}
