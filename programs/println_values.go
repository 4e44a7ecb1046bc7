package main

import "fmt"

func main() {
	var i8 int8 = -8
	var u64 uint64 = 1 << 63
	var f32 float32 = 2.5
	var f64 = 1e21
	var r rune = 'r'
	var b byte = 'b'
	fmt.Println(i8, u64, f32, f64, r, b, true, "s", "")
	fmt.Println(1e-7, 123456.0, 1234567.0, 12345678901234567890.0)
	fmt.Println(float32(1e-7), float32(3.4e38), float32(123456789))
	fmt.Print(1.0, "|", 2, "|", "x", 3, 4, "\n")
	fmt.Print("a", 1.5, 2.5, "b", "\n")
	fmt.Println(fmt.Sprint(true, false), fmt.Sprint("a", true), fmt.Sprint(1.5, 2))
}
