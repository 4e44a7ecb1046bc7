// constant_string.go — gc prints constants in errors; `go build -gcflags=-e constant_string.go` output is
// in constant_string.txt (the value in parentheses after "constant" is Constant::toString).
package main

func main() {
	var a int8 = 300
	var b int8 = 1e100
	var c int8 = 0.1
	var d int8 = 1.5
	var e int8 = "hi"
	var f int8 = 1 + 2i
	var g int8 = 123456789012345678901234567890
	var h int8 = 'a' * 2
	var i int8 = 1e6
	var j int8 = 3.14159265358979
	var k int8 = 1.0 / 3
	var l float32 = 1e300
	var m int8 = 1 << 100
	var n int8 = -1e-10
	var o int8 = 0x1p-2
	var p int8 = 2.5i
	var q int8 = 123456.7
	var r int8 = 1234567.8
	var s int8 = 1e21
	var t int8 = 100000000000000000000000.0
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t
}
