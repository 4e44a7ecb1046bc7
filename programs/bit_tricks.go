package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverse8(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func main() {
	fmt.Println(popcount(0), popcount(255), popcount(1<<63|1), popcount(0xdeadbeef))
	fmt.Println(reverse8(1), reverse8(0xf0), reverse8(0x81))
	x := 0b1011_0000
	fmt.Println(x&-x, x&(x-1), x|x>>1, x^0xff)
	var h uint32 = 2166136261
	for i := 0; i < 10; i++ {
		h ^= uint32(i)
		h *= 16777619
	}
	fmt.Println(h)
	fmt.Printf("%032b\n", h)
}
