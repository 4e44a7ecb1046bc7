package main

import "fmt"

func show(items []string) {
	for _, it := range items {
		fmt.Println(it)
	}
	return len(items)
}

func main() {
	show([]string{"x"})
}
