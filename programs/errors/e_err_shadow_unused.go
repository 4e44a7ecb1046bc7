package main

import (
	"fmt"
	"strconv"
)

func main() {
	var err error
	n := 0
	if true {
		n, err := strconv.Atoi("5")
		fmt.Println(n)
	}
	fmt.Println(n, err)
}
