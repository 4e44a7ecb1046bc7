package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	_, err2 := strconv.ParseFloat("x", 64)
	fmt.Printf("%T\n", err2)
	if len(os.Args) > 5 {
		return
	}
	panic(err)
}
