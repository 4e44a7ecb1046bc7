package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("working")
	panic(errors.New("something failed"))
}
