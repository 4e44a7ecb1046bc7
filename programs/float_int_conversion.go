package main

import "fmt"

func main() {
	fs := 2.7
	fmt.Println(int(fs), int(-fs), int64(fs*10), uint8(fs*50))
	n := 7
	fmt.Println(float64(n)/2, float32(n)/3)
	var big int64 = 1<<62 + 1
	fmt.Println(float64(big), int64(float64(big)))
	var u uint32 = 4000000000
	fmt.Println(float64(u), float32(u))
	f := float64(1<<53) + 1
	fmt.Println(int64(f))
	h := 0.5
	fmt.Println(int(h), int(-h), int(1.5+h))
	var f32 float32 = 123.456
	fmt.Println(int(f32), float64(f32))
}
