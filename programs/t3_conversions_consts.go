package main

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"
)

type Celsius float64
type ID string
type Bits uint8

const (
	KB = 1 << (10 * (iota + 1))
	MB
)

const eps = 1e-9
const bigF = 1e300 * 1e300 / 1e300

func main() {
	var f float64 = 3.7
	var i int = int(f)
	var u8 uint8 = uint8(i * 100)
	fmt.Println(i, u8, int8(u8), uint16(int8(u8)))
	c := Celsius(36.6)
	fmt.Println(c, float64(c)+0.4, Celsius(100)/3)
	id := ID("abc")
	fmt.Println(id+"d", len(id), string(id[0]), []byte(id))
	var b Bits = 0b1010
	b |= 1 << 7
	fmt.Printf("%08b %d %v\n", b, b>>1, b&^0b10)
	fmt.Println(KB, MB, bigF, eps)
	x := 10
	x <<= 2
	x %= 7
	x ^= 0xff
	fmt.Println(x, -x>>1, x&-x)
	fmt.Println(math.MaxInt32+1, math.MinInt64, uint32(math.MaxUint32))
	fmt.Println(7/2*2.0, 7/2.0*2, 1/3.0)
	var r rune = 'é'
	fmt.Println(r, string(r), utf8.RuneLen(r), strconv.QuoteRune(r), fmt.Sprintf("%c|%3c|%-3c|", r, r, r))
	fmt.Println(strconv.Itoa(int(r)), string(rune(0x10FFFF+1)) == "\uFFFD")
	h := 0
	for _, ch := range "hash" {
		h = 31*h + int(ch)
	}
	fmt.Println(h, h%1000)
	var i32 int32 = -5
	fmt.Println(i32/2, i32%2, i32>>1, uint32(i32)>>28)
	fmt.Println(0.1+0.2 == 0.3, float32(0.1) == 0.1, math.Float64bits(1.0))
	var z float64
	fmt.Println(1/z, -1/z, z/z == z/z, math.IsNaN(z/z))
	fmt.Println(int64(math.Float32bits(1.5)), math.Float32frombits(0x40490fdb))
	fmt.Println(1e6, 1e-6, 123456.0, 1234567.0, 12345678.0, 0.0001234)
	fmt.Println(float32(1)/3, float32(2)/3, float32(16777216.0)+1)
	type Pt struct{ X, Y int8 }
	p := Pt{127, -128}
	p.X++
	p.Y--
	fmt.Println(p)
	fmt.Println(len("日本"), len([]rune("日本")), "日本"[1], []byte("é"))
	s := strconv.FormatInt(-1<<63, 10)
	fmt.Println(s, strconv.FormatUint(1<<64-1, 16))
	const huge = 1 << 100
	fmt.Println(huge>>90, float64(huge))
	fmt.Printf("%.0f %v\n", float64(1<<62), uint64(1<<63))
	var cplx = 3 + 4i
	fmt.Println(real(cplx), imag(cplx), cplx*cplx)
}
