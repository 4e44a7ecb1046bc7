package main

import "fmt"

func main() {
	names := []string{}
	names = append(names, 1, 2)
	fmt.Println(names)
}
