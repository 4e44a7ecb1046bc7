package main

import "fmt"

const s = "abc"

func main() {
	fmt.Println(s[3])
}
