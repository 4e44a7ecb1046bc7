package main

import "fmt"

func main() {
	var x int64 = 0x1234_5678_9abc_def0
	fmt.Println(int8(x), uint8(x), int16(x), uint16(x), int32(x), uint32(x), uint64(x))
	var n int = -1
	fmt.Println(uint8(n), uint16(n), uint32(n), uint64(n), uint(n))
	var b byte = 200
	fmt.Println(int8(b), int(b), rune(b))
	var r rune = -5
	fmt.Println(uint32(r), byte(r))
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100))
	var f32 float32 = 1e6 + 0.5
	fmt.Println(int32(f32))
	i := 1 << 53
	fmt.Println(float64(i+1), float32(i))
	fmt.Println(string(rune(65)), string(rune(0x4e16)))
	var u uint64 = 1<<63 + 5
	fmt.Println(int64(u), float64(u))
	var s int16 = -300
	fmt.Println(uint8(s), int8(s))
}
