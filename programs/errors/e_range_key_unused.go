package main

import "fmt"

func main() {
	scores := map[string]int{"a": 1}
	total := 0
	for name, s := range scores {
		total += s
	}
	fmt.Println(total)
}
