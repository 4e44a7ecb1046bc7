package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "Hello World"
	fmt.Println(strings.Reverse(s))
}
