package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range "aZ5 \t!$_é世Σ٣\u00a0\u2028ª²" {
		fmt.Printf("%q L%v D%v N%v S%v U%v l%v P%v Pr%v C%v G%v Sy%v -> %q %q %q\n", r, unicode.IsLetter(r), unicode.IsDigit(r),
			unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r),
			unicode.IsPrint(r), unicode.IsControl(r), unicode.IsGraphic(r), unicode.IsSymbol(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	for c := rune(0); c < 256; c++ {
		fmt.Print(b(unicode.IsLetter(c)), b(unicode.IsDigit(c)), b(unicode.IsNumber(c)), b(unicode.IsSpace(c)), b(unicode.IsUpper(c)),
			b(unicode.IsLower(c)), b(unicode.IsPunct(c)), b(unicode.IsPrint(c)), b(unicode.IsControl(c)), b(unicode.IsSymbol(c)),
			b(unicode.IsGraphic(c)), " ", unicode.ToUpper(c), " ", unicode.ToLower(c), "\n")
	}
	fmt.Println(unicode.ToUpper('ǆ'), unicode.ToTitle('ǆ'), unicode.ToLower('Ǆ'), unicode.MaxRune, unicode.ReplacementChar)
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s), utf8.ValidString("a\xffb"))
	r, size := utf8.DecodeRuneInString(s[1:])
	fmt.Println(r, size, string(r))
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Println(r, size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r, size, r == utf8.RuneError)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf[:n], n, utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen(0x1F600), utf8.RuneLen(-1))
	out := utf8.AppendRune([]byte("x"), 'é')
	fmt.Println(string(out), utf8.UTFMax, utf8.ValidRune(0xD800), utf8.ValidRune('a'))
	r, size = utf8.DecodeRune([]byte("é!"))
	fmt.Println(r, size, utf8.FullRuneInString("\xe4\xb8"), utf8.RuneStart(0x80))
}

func b(v bool) string {
	if v {
		return "1"
	}
	return "0"
}
