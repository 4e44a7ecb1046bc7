package main

import (
	"fmt"
	"fmt"
)

func main() {
	fmt.Println("x")
}
