// strconv_cases.go — regenerates strconv_cases.txt:  go run strconv_cases.go > strconv_cases.txt
// Lines: F <float64 bits hex> <fmt> <prec> <bitSize> <FormatFloat result>
//        I <int64 value> <base> <FormatInt result>
//        Q <hex bytes of s> <Quote(s)> <QuoteToASCII(s)>     (fields separated by tabs)
//        R <rune> <QuoteRune(r)> <QuoteRuneToASCII(r)> <IsPrint(r)> <IsGraphic(r)>
package main

import (
	"encoding/hex"
	"fmt"
	"math"
	"strconv"
	"unicode"
)

func main() {
	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5,
		123456789, 1234567890123, 0.000123456, 3.14159265358979, math.Pi, math.E, math.MaxFloat64, math.SmallestNonzeroFloat64,
		math.MaxFloat32, math.SmallestNonzeroFloat32, 1.5, 2.5, 0.5, 0.125, 0.375, 5e-324, 1e23, 9007199254740993, 1e100, -2.75e-10,
		math.Inf(1), math.Inf(-1), math.NaN(), 0.05, 0.15, 0.25, 0.35, 999.9995, 9.5, 99.5, 0.0096, 0.006, 0.0004, 123.456, 1e-320,
		float64(float32(0.1)), float64(float32(1) / 3), 16777216, 16777217, 65536.5, 1.0000001, 7.0e-45, 4.5, 1234.5678e10}
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	precs := []int{-1, 0, 1, 2, 3, 5, 6, 10, 17, 20}
	for _, f := range floats {
		for _, c := range fmts {
			for _, p := range precs {
				for _, bs := range []int{64, 32} {
					if bs == 32 && math.Abs(f) > math.MaxFloat32 && !math.IsInf(f, 0) {
						continue
					}
					fmt.Printf("F\t%016x\t%c\t%d\t%d\t%s\n", math.Float64bits(f), c, p, bs, strconv.FormatFloat(f, c, p, bs))
				}
			}
		}
	}
	for _, v := range []int64{0, 1, -1, 7, 255, -255, math.MaxInt64, math.MinInt64, 123456789} {
		for _, b := range []int{2, 8, 10, 16, 36} {
			fmt.Printf("I\t%d\t%d\t%s\n", v, b, strconv.FormatInt(v, b))
		}
	}
	strs := []string{"", "hi", "a\"b", "a\\b", "tab\there", "nl\n", "\a\b\f\r\v", "\x00\x01\x7f", "é", "日本語", "\xff", "a\xc3", "\u200b", "\U0001F600",
		"\u00a0", "\ufeff", "'", "`", "\xed\xa0\x80", "\u0301", "\U000e0001", "\x80abc", "\u2028", "\uFFFD", "\U0010FFFF"}
	for _, s := range strs {
		fmt.Printf("Q\t%s\t%s\t%s\n", hex.EncodeToString([]byte(s)), strconv.Quote(s), strconv.QuoteToASCII(s))
	}
	for _, r := range []rune{'a', 0, '\n', '\'', '"', '\\', 0x7f, 0xe9, 0x4e16, 0x1F600, 0xD800, 0x110000, -1, 0xFFFD, 0xA0, 0x2028, 0x10FFFF, 0xE0001, 0x0301, 0x3000, ' ', 0x85, 0x9F, 0xAD} {
		fmt.Printf("R\t%d\t%s\t%s\t%v\t%v\n", r, strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), unicode.IsPrint(r), unicode.IsGraphic(r))
	}
}
