package main

import (
	"fmt"
	"strconv"
)

func main() {
	total := 0
	for _, s := range []string{"1", "2"} {
		total += strconv.Atoi(s)
	}
	fmt.Println(total)
}
