package main

import "fmt"

type MyInt int
type Name string

func main() {
	var i8 int8
	var i16 int16
	var i32 int32
	var i64 int64
	var u uint
	var u16 uint16
	var u32 uint32
	var f32 float32
	var c64 complex128
	fmt.Printf("%T %T %T %T %T %T %T %T %T\n", i8, i16, i32, i64, u, u16, u32, f32, c64)
	var m MyInt = 5
	var n Name = "x"
	fmt.Printf("%T %v %T %v\n", m, m, n, n)
	fmt.Printf("%v %d\n", m, m)
	fmt.Println(m+1, n+"y")
}
