// for-range decoding of invalid and edge-case UTF-8 in Go 1.19, and string(rune)
// conversions, for runtime_string_test.cpp. One line per case.
package main

import "fmt"

var cases = []string{
	"abc", "h\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80",
	"\xc0\x80", "\xc1\xbf", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xed\xa0\x80", "\xed\x9f\xbf",
	"\xf0\x80\x80\x80", "\xf0\x8f\xbf\xbf", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80",
	"\x80", "\xbf", "\xc2", "\xe2\x82", "\xf0\x9f\x98", "\xff\xfe", "a\xc3(b", "\xef\xbf\xbd",
}

func main() {
	for _, s := range cases {
		for i, r := range s {
			fmt.Print(i, ":", r, " ")
		}
		fmt.Println(len([]rune(s)))
	}
	for _, v := range []int64{65, 0xe9, 0x20ac, 0x1f600, -1, 0xd800, 0xdfff, 0x10ffff, 0x110000, 1 << 40} {
		fmt.Printf("%q ", string(rune(v)))
		fmt.Printf("%q\n", string(v))
	}
	fmt.Println(string([]rune{65, -1, 0xd800, 0x10ffff, 0x110000, 0xe9}) == "A\uFFFD\uFFFD\U0010FFFF\uFFFD\u00e9")
}
