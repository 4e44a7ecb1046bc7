package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

func (f Flags) Has(x Flags) bool { return f&x != 0 }

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

const Huge = 1 << 100
const Big = Huge >> 98
const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const third = 1.0 / 3

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Printf("%.0f %T\n", GB, GB)
	fmt.Println(a, b, c, d, e, f)
	fl := FlagA | FlagC
	fmt.Println(fl, fl.Has(FlagB), fl.Has(FlagC), FlagD)
	fl &^= FlagA
	fmt.Printf("%08b %v\n", fl, fl)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println(Big, Huge/Huge, Huge%7)
	fmt.Println(Pi, float32(Pi), third, third*3 == 1)
	const h = 'h'
	var r rune = h + 1
	var by byte = h
	fmt.Println(r, by, string(r), string(rune(by)))
	fmt.Printf("%T %T %T %T\n", h, 1<<3, 2.0*3, 1+2i)
	const big = 1 << 62
	fmt.Println(uint64(big*2-1+big*2), uint64(big)<<1)
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var u uint = 3
	fmt.Println(1<<u, int64(1)<<62, -7/2, -7%2, 7/-2, 7%-2)
	fmt.Println(5.0/2, 5/2, 5/2.0, 1e3, 1e-3, 1e21, 1e20)
	const typedF float32 = 0.1
	fmt.Println(typedF, float64(typedF), 0.1+0.2, float32(0.1)+float32(0.2))
	var mx int64 = 1<<63 - 1
	fmt.Println(mx, mx+1, -mx-1)
	fmt.Println(len("héllo"), len([5]int{}), cap([3]string{}))
}
