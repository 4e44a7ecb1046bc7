package main

import (
	"fmt"
	"math"
)

func main() {
	x := int64(math.MinInt64)
	m1 := int64(-1)
	fmt.Println(x/m1, x%m1)
	var i8 int8 = -128
	var n8 int8 = -1
	fmt.Println(i8/n8, i8%n8)
	f := 1.0
	zf := 0.0
	fmt.Println(f/zf, -f/zf, zf/zf == zf/zf)
	var u uint = 7
	var zu uint
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(u / zu)
}
