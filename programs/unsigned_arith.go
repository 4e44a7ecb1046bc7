package main

import "fmt"

func main() {
	var a uint32 = 3000000000
	var b uint32 = 2000000000
	fmt.Println(a+b, a-b, b-a, a*2, a/b, a%b)
	var c uint64 = 1 << 63
	fmt.Println(c*2, c+c-1, c/3)
	var d uint16 = 1
	fmt.Println(d-2, ^d, d<<15, d<<16)
	fmt.Println(a > b, b-a > a)
	var e uint8 = 200
	var f uint8 = 100
	fmt.Println(e+f, e*f, f-e)
}
