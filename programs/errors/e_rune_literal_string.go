package main

import "fmt"

func main() {
	greeting := 'hello'
	fmt.Println(greeting)
}
