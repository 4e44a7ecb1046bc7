package main

import "fmt"

func main() {
	split := func(s string) (string, string) {
		return s[:1]
	}
	fmt.Println(split("ab"))
}
