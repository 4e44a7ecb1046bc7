package main

import "fmt"

func main() {
	buf := make(int, 10)
	fmt.Println(buf)
}
