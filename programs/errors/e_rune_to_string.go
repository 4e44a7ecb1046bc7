package main

import (
	"fmt"
	"strings"
)

func main() {
	word := "go"
	for _, ch := range word {
		fmt.Println(strings.ToUpper(ch))
	}
}
