package main

import (
	"fmt"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r), utf8.RuneCountInString(s))
	fmt.Println(b[:3], r[:3])
	fmt.Println(reverse(s))
	b[0] = 'H'
	fmt.Println(string(b), s)
	fmt.Println(string(r[7:]), string(b[1:3]))
	var buf []byte
	buf = append(buf, s[7:]...)
	fmt.Println(string(buf), utf8.RuneLen('世'))
}
