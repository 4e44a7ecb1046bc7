package main

import "fmt"

func main() {
	s := "hello"
	count := 0
	for _, c := range s {
		if c == "l" {
			count++
		}
	}
	fmt.Println(count)
}
