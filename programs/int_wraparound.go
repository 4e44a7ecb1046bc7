package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8", i8)
	i8 = -128
	i8--
	fmt.Println("int8", i8)
	var u8 uint8 = 255
	u8++
	fmt.Println("uint8", u8)
	u8 = 0
	u8--
	fmt.Println("uint8", u8)
	var i16 int16 = 32767
	i16 += 2
	fmt.Println("int16", i16)
	var u16 uint16 = 65535
	u16 *= 3
	fmt.Println("uint16", u16)
	var i32 int32 = 2147483647
	i32++
	fmt.Println("int32", i32)
	var u32 uint32 = 4294967295
	u32 += 10
	fmt.Println("uint32", u32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64", i64)
	var u64 uint64 = 18446744073709551615
	u64++
	fmt.Println("uint64", u64)
	var i int = -9223372036854775808
	i--
	fmt.Println("int", i)
	var u uint = 0
	u--
	fmt.Println("uint", u)
	var up uintptr = 1
	up -= 2
	fmt.Println("uintptr", up)
	// multiplication overflow
	var m int32 = 123456789
	m *= 1000
	fmt.Println("mul", m)
	// negation of the minimum value
	var mn int8 = -128
	mn = -mn
	fmt.Println("neg", mn)
	// division of the minimum value by -1 wraps
	var d int64 = -9223372036854775808
	var mone int64 = -1
	fmt.Println("div", d/mone, d%mone)
}
