package main

import "fmt"

func main() {
	price := 10.5
	rest := price % 2
	fmt.Println(rest)
}
