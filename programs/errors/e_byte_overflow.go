package main

import "fmt"

func main() {
	var buf []byte
	buf = append(buf, 'a')
	var b byte = 256
	buf = append(buf, b)
	fmt.Println(len(buf))
}
