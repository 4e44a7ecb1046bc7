package main

import "fmt"

func main() {
	var u uint = 70
	x := int64(1)
	fmt.Println(x<<u, x>>u, int8(-1)>>u, uint8(u)<<4)
	var s int8 = -1
	defer func() {
		r := recover()
		err := r.(error)
		fmt.Println("recovered:", err.Error())
	}()
	fmt.Println(x >> s)
}
