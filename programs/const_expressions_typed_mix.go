package main

import "fmt"

const (
	A = 10
	B = A * 2.5
	C = B / 4
	D = 'x' - 'a'
	E = "s" + "t"
	F = 1 << 62
	G = F * 4 / 8
	H = -7 >> 1
	I = ^0
	J = 5.0 / 2
	K = 5 / 2
	L = 1e2 == 100
)

func main() {
	fmt.Println(A, B, C, D, E, F, G, H, I, J, K, L)
	var f float64 = A / 4
	var g float64 = A / 4.0
	var i int = B
	fmt.Println(f, g, i)
	var u8 uint8 = ^uint8(0)
	var x = 3 + 0i
	_ = x
	fmt.Println(u8, len(E), len("const"))
	const big = 1 << 200
	fmt.Println(big>>198, float64(big) > 1e60)
}
