package main

import "fmt"

func show(s uint) {
	var x int64 = 1
	fmt.Println(s, x<<s, -x<<s, (x<<62)>>s)
}

func main() {
	show(0)
	show(1)
	show(31)
	show(32)
	show(62)
	show(63)
	show(64)
	show(100)
	var i8 int8 = -128
	fmt.Println(i8>>1, i8>>7, i8>>8, i8>>200, i8<<1)
	var u8 uint8 = 0x81
	fmt.Println(u8>>1, u8<<1, u8<<8, u8>>8)
	var u32 uint32 = 0xdeadbeef
	fmt.Println(u32>>16, u32<<16, u32>>31)
	var n int = 3
	fmt.Println(1<<n, 1024>>n, -1024>>n)
	var u uint64 = 1 << 63
	fmt.Println(u>>63, u>>64, u<<1)
	var sh int = 5
	fmt.Println(100>>sh, int32(1)<<sh)
	const c = 1 << 70 >> 68
	fmt.Println(c)
}
