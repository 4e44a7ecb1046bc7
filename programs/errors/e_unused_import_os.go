package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	words := []string{"a", "b", "c"}
	fmt.Println(strings.Join(words, ","))
}
