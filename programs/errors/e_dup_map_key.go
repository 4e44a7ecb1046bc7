package main

import "fmt"

func main() {
	ages := map[string]int{
		"alice": 30,
		"bob":   25,
		"alice": 31,
	}
	fmt.Println(ages["alice"])
}
