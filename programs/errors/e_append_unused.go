package main

import "fmt"

func main() {
	var queue []string
	for _, w := range []string{"a", "b"} {
		append(queue, w)
	}
	fmt.Println(queue)
}
