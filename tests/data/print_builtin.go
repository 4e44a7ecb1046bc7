// Output of the print/println builtins (stderr) in Go 1.19, for runtime_string_test.cpp.
package main

import "math"

func main() {
	println(0, 1, -1, 42, math.MaxInt64, math.MinInt64)
	println(uint64(math.MaxUint64), uint8(200), uintptr(12345))
	println(1.5, -2.25, 0.0, 1e100, 1e-100, 123456789.0, 0.1, 1.0/3.0, 99999995.0, 9.9999999)
	println(math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), float32(0.1), math.MaxFloat64, math.SmallestNonzeroFloat64)
	println(complex(1, 2), complex(-1.5, math.Inf(1)), complex64(complex(0.1, -0.2)))
	println(true, false, "hello", "")
	var p *int
	var s []int
	var e interface{}
	var m map[int]int
	println(p, s, e, m)
	print("no", "spaces", 1, 2, "\n")
	s2 := make([]int, 3, 10)
	_ = s2
	println(len(s2), cap(s2))
}
