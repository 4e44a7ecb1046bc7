package main

import "fmt"

const big = 1 << 100
const huge = big * big
const small = huge >> 195

const third = 1.0 / 3
const pi = 3.14159265358979323846264338327950288419716939937510582097494459

func main() {
	fmt.Println(small)
	fmt.Println(big / (1 << 98))
	fmt.Println(third * 3)
	fmt.Println(pi)
	var f32 float32 = pi
	fmt.Println(f32)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	const d = 7 / 2
	const e = 7 / 2.0
	fmt.Println(d, e)
	const h = 0x7fffffffffffffff + 1 - 1
	fmt.Println(h)
	const m = -5 % 3
	fmt.Println(m)
	var x uint8 = 255 + 0*big
	fmt.Println(x)
	fmt.Println(1e3, 1e30/1e28)
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	const bl = 3 > 2 && s == "concat"
	fmt.Println(bl)
}
