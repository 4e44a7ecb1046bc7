package main

import (
	"fmt"
	"strings"
)

func main() {
	strings := []string{"a", "b"}
	fmt.Println(strings.Join(strings, ","))
}
