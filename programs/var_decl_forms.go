package main

import "fmt"

var pkgInt int
var pkgStr string
var pkgF, pkgG = 1.5, "g"

func main() {
	var a int
	var b string
	var c bool
	var d float64
	var e float32
	var r rune
	var by byte
	fmt.Println(a, b == "", c, d, e, r, by, pkgInt, pkgStr == "", pkgF, pkgG)
	fmt.Printf("%q %v\n", b, b)
	var f, g int = 1, 2
	var h, i = 3, "four"
	j := 5
	k, l := 6.5, 'x'
	fmt.Println(f, g, h, i, j, k, l)
	var (
		m = 7
		n int64
	)
	fmt.Println(m, n)
	_ = m
	var _ = 9
	fmt.Printf("%T %T %T %T\n", j, k, l, n)
}
