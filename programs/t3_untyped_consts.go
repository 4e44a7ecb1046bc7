package main

import "fmt"

const (
	A = 1 << 64 >> 63
	B = 5.0
	C = 'a' + 1
	D = "s" + "t"
	E = 1.5 * 2
	F = 7 / 2
	G = 7 / 2.0
	H = -7 >> 1
	I = ^0
	J = uint8(^uint8(0))
	K = 1e3
	L = len("héllo")
	M = complex(1, 2) * 2
	N = 0x1p-2
	O = 0b1010_1010
	P = 0o17
	Q = 1_000_000
)

type Weekday uint8

const (
	Mon Weekday = iota + 1
	Tue
	_
	Thu = Tue * 2
	Fri
)

func main() {
	var i int = B
	var f float32 = C
	var r rune = C
	fmt.Println(A, B, i, C, f, r, string(r), D, E, F, G, H, I, J, K, L, M, N, O, P, Q)
	fmt.Printf("%T %T %T %T %T %T %T\n", A, B, C, D, E, G, M)
	fmt.Println(Mon, Tue, Thu, Fri)
	fmt.Printf("%T %v\n", Fri, Fri)
	var u uint = 1
	fmt.Println(u<<63>>62, int8(-128)/int8(-1+0*int8(u)), -(-128 + 0*int(u)))
	x := 0.1
	fmt.Println(x*3, 0.1*3, x+0.2, float32(x)*3)
	var big float64 = 1 << 62
	fmt.Println(big, int64(big), uint64(big)*2)
	fmt.Println(9/2*2, 9.0/2*2, 9/2.0*2, (9/2)*2.0)
	fmt.Println(len([...]int{5: 0}), cap(make([]int, 3, 10)[1:]), len("x"+"yz"))
	s := []int{1, 2, 3}
	fmt.Println(s[len(s)-1], s[:0] == nil, s[3:], len(s[3:]))
	fmt.Println(1e9 == 1000000000, 'a' < 'b', "10" < "9")
}
