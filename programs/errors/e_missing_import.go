package main

import "fmt"

func main() {
	name := "gopher"
	fmt.Println(strings.ToUpper(name))
}
