package main

import (
	"fmt"
	"math"
)

func main() {
	var a int32 = math.MaxInt32
	a += 1
	fmt.Println(a)
	var b uint16 = 65535
	b *= 2
	fmt.Println(b)
	var c int8 = -128
	c = -c
	fmt.Println(c, c/-1)
	var d uint32 = 1
	d <<= 31
	fmt.Println(d, d<<1, d>>31)
	var e int64 = -1
	fmt.Println(e>>1, e>>63, uint64(e)>>60, e<<62)
	var s uint = 70
	fmt.Println(1<<(s%64), int32(1)<<s, uint8(200)<<1)
	var x int = 0x7fffffffffffffff
	fmt.Println(x*2, x+x+2)
	h := uint32(2166136261)
	for _, ch := range []byte("hash me") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println(h)
	var m uint64 = 0xcbf29ce484222325
	for i := 0; i < 5; i++ {
		m ^= uint64(i)
		m *= 0x100000001b3
	}
	fmt.Printf("%d %x\n", m, m)
	fmt.Println(int8(200+0*a), uint8(int8(-1)), int16(uint16(40000)), uint32(int64(-1)))
	fmt.Println(int(-3.9), int(3.9), uint(7.99), int64(float32(16777217)))
	f := 1e10
	fmt.Println(int32(int64(f)), int64(f))
	fmt.Println(7&3, 7|8, 7^2, 7&^5, ^7, ^uint8(7), -(-8))
	var neg int = -17
	fmt.Println(neg/4, neg%4, neg>>2, uint(neg)>>60)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint32)
	bits := 0
	for v := uint64(0xF0F0); v != 0; v &= v - 1 {
		bits++
	}
	fmt.Println("popcount", bits)
	rot := func(x uint8, k uint) uint8 { return x<<k | x>>(8-k) }
	fmt.Println(rot(0b10010011, 3))
	fmt.Printf("%b %o %x\n", -5, -8, int8(-1))
	var sh int = 3
	fmt.Println(int8(1)<<sh<<4, int16(-32768)>>sh)
	var big uint64 = 1 << 63
	fmt.Println(big, float64(big), big/3, big%1000)
	var z int
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(10 / z)
}
