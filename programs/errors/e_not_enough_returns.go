package main

import (
	"errors"
	"fmt"
)

func div(a, b int) (int, error) {
	if b == 0 {
		return errors.New("division by zero")
	}
	return a / b, nil
}

func main() {
	fmt.Println(div(6, 3))
}
