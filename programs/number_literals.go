package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0X1f, 0o17, 0O17, 017, 0b1011, 0B11)
	fmt.Println(1_000_000, 0x_FF_FF, 0b_1010_1010)
	fmt.Println(1e3, 1.5e-3, .5, 1., 0x1p4, 0x1.8p1, 1_0.2_5)
	fmt.Println(9223372036854775807, -9223372036854775808)
	fmt.Println(18446744073709551615.0)
	const u uint64 = 18446744073709551615
	fmt.Println(u)
}
