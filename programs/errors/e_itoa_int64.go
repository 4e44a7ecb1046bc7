package main

import (
	"fmt"
	"strconv"
)

func main() {
	var big int64 = 1 << 40
	fmt.Println(strconv.Itoa(big))
}
