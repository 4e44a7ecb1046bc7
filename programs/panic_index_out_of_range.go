package main

import "fmt"

func main() {
	s := "abc"
	i := 5
	fmt.Println(s[1])
	fmt.Println(s[i])
}
