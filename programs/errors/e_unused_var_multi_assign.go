package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("12x")
	if err != nil {
		fmt.Println("error")
		return
	}
}
