// fmt_cases.go — regenerates fmt_cases.txt:  go run fmt_cases.go > fmt_cases.txt
// One case per line, "N|output" (newlines in the output shown as ¶). The same
// cases, numbered alike, are built from Eface values in tests/fmt_test.cpp.
package main

import (
	"fmt"
	"math"
	"strings"
)

type T struct {
	A int
	B string
}

type S int

func (s S) String() string { return fmt.Sprintf("S<%d>", int(s)) }

type P struct {
	x int
	Y float64
}

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type B []byte

func out(n int, s string) { fmt.Printf("%d|%s\n", n, strings.ReplaceAll(s, "\n", "¶")) }

func main() {
	out(1, fmt.Sprintln(1, "a", 2.5, true, nil))
	out(2, fmt.Sprint(1, 2, "a", "b", 3, "c"))
	out(3, fmt.Sprintf("%d %5d %-5d| %05d %+d %x %X %o %O %b %#x %#o", 42, 42, 42, -42, 42, 255, 255, 8, 8, 5, 255, 8))
	out(4, fmt.Sprintf("%s %q %v %10s|%-10s|%.2s %x % x %#q", "hi", "hi\n", "hi", "hi", "hi", "hello", "hi", "hi", "a`b"))
	out(5, fmt.Sprintf("%v %g %f %.2f %e %E %G %8.3f %-8.3f| %+.1e %08.3f", 3.5, 1e21, math.Pi, math.Pi, 123456.789, 0.000123, 1e-7, math.Pi, math.Pi, 12345.678, -3.14159))
	out(6, fmt.Sprint(1e6, 1e20, 1e21, 123456789.0, 0.0001, 0.00001, float32(0.1), 100.0))
	out(7, fmt.Sprintf("%t %v %c %q %U %#U", true, false, 'x', 'x', 0x1F600, 'x'))
	out(8, fmt.Sprintf("%v %+v %#v", T{1, "x"}, T{1, "x"}, T{1, "x"}))
	out(9, fmt.Sprintf("%v %d %#v %v", []int{1, 2, 3}, []int{1, 2}, []int{1}, [2]bool{true, false}))
	out(10, fmt.Sprintf("%v %s %x %X %q %#v", []byte("hi"), []byte("hi"), []byte("hi"), []byte{1, 171}, []byte("hi"), []byte{1, 2}))
	out(11, fmt.Sprintf("%v %+v", &T{2, "y"}, &[]int{1}))
	out(12, fmt.Sprintf("%v %s %d %x", S(3), S(4), S(5), S(6)))
	out(13, fmt.Sprintf("%v|%+v", P{1, 2.5}, P{1, 2.5}))
	out(14, fmt.Sprintf("%d %s", "str", 12))
	out(15, fmt.Sprintf("%d", 1, 2, "x"))
	out(16, fmt.Sprintf("%d %d", 1))
	out(17, fmt.Sprintf("%!"))
	out(18, fmt.Sprintf("%[2]d %[1]d %[3]d", 1, 2))
	out(19, fmt.Sprintf("%*d|%-*d|%.*f", 5, 1, 5, 2, 2, math.Pi))
	out(20, fmt.Sprintf("%v %v", []interface{}{1, "a", nil, 2.5}, []S{1, 2}))
	out(21, fmt.Sprintf("%v %.3v %10.4v|", complex(1, 2), complex(1.5, -2.5), 3.14159))
	out(22, fmt.Sprintf("%v %s", &E{"boom"}, error(&E{"x"})))
	out(23, fmt.Sprintf("%6.2f|%-8v|%08d|%+08d|% d|%x", 3.14159, "ab", -42, 42, 42, -255))
	out(24, fmt.Sprintf("%v %v %v %v", math.Inf(1), math.Inf(-1), math.NaN(), -0.0))
	out(25, fmt.Sprintf("%5.1f|%-7.2e|%#g|%#.3x", math.Inf(1), 1234.5, 1.0, 1.0))
	out(26, fmt.Sprintf("%v %s", B("ab"), B("ab")))
	out(27, fmt.Sprintf("%T %T %T %T %T %T", 1, "a", 2.5, []int{}, T{}, &T{}))
	out(28, fmt.Sprintf("%v %d", uint8(200), int8(-5)))
	out(29, fmt.Sprintf("%#v %#v %#v %#v", 42, "q", uint(7), []string{"a"}))
	out(30, fmt.Sprintf("%z %-z", 3, "s"))
	out(31, fmt.Sprintf("%.0f %.0f %.0f %.1f", 0.5, 1.5, 2.5, 0.25))
	out(32, fmt.Sprintf("%x %X %.3x", "héllo", "xyz", "abcdef"))
	out(33, fmt.Sprintf("%c%c%c %q", 72, 0x4e16, -1, 0x10FFFF+1))
	out(34, fmt.Sprintf("%v", struct {
		A []int
		B *int
	}{[]int{1}, nil}))
	out(35, fmt.Sprintf("%s", nil))
	out(36, fmt.Sprintf("%.3s|%.10s|%5.1s|", "日本語日本語", "ab", "xyz"))
	out(37, fmt.Sprintf("%e %g %v", float32(1)/3, float32(16777216), float32(1e10)))
	out(38, fmt.Sprintf("%v %v", int64(math.MinInt64), uint64(math.MaxUint64)))
	out(39, fmt.Sprintf("%[1]*d|%[3]*.[2]*[1]f", 3, 2, 8))
	out(40, fmt.Sprintf("%v %d %s", true, true, 1.5))
}
