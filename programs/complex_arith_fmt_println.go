package main

import (
	"fmt"
	"math"
)

type C complex128

func div(a, b complex128) complex128 { return a / b }

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a+b, a-b, a*b, a/b, -a)
	fmt.Println(a == b, a != b, a == complex(1, 2))
	fmt.Println(real(a), imag(b))
	var c64 complex64 = complex64(a)
	d64 := complex(float32(0.1), float32(0.7))
	fmt.Println(c64*d64, c64/d64, c64+d64, c64-d64, real(d64), imag(d64))
	fmt.Println(complex128(d64))
	println(a, c64)
	fmt.Printf("%v %.2f %T %T\n", a, b, c64, C(a))
	fmt.Printf("%+v %#v\n", []complex128{a, b}, a)
	var z complex128
	fmt.Println(div(a, z), div(complex(math.Inf(1), 0), 2), div(1, complex(math.Inf(1), 1)))
	fmt.Println(div(z, z))
	x := C(2 + 2i)
	x *= x
	fmt.Println(x)
	m := map[complex128]int{a: 1}
	m[b]++
	fmt.Println(len(m), m[a])
	const k = 1i * 1i
	fmt.Println(k, real(k))
	var i interface{} = a
	fmt.Println(i == complex(1, 2), i)
	s := struct{ Z complex64 }{1 + 1i}
	fmt.Printf("%v %+v\n", s, s)
}
