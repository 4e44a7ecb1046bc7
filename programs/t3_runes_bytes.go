package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, r)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)))
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
	for i := 0; i < 4; i++ {
		fmt.Printf("%d %x %c|", s[i], s[i], s[i])
	}
	fmt.Println()
	bs := []byte(s)
	bs[0] = 'H'
	fmt.Println(string(bs), s[:1], s[1:3], string(s[1]))
	fmt.Println(reverse(s), reverse(""), reverse("a"))
	fmt.Println(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("Go lang"))
	bad := "a\xffb\xc0"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(utf8.ValidString(bad), []rune(bad))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string([]byte{72, 105}))
	fmt.Println(string([]rune{0x48, 0x49, 0x263a}))
	var b byte = 'z'
	b -= 25
	fmt.Println(b, string(b), 'a'+1, string('a'+1))
	freq := [26]int{}
	for _, r := range "the quick brown fox jumps over the lazy dog" {
		if r >= 'a' && r <= 'z' {
			freq[r-'a']++
		}
	}
	fmt.Println(freq)
	caesar := func(s string, k rune) string {
		return strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' {
				return 'a' + (r-'a'+k)%26
			}
			return r
		}, s)
	}
	fmt.Println(caesar("hello, world", 3))
	fmt.Println(unicode.IsUpper('Q'), unicode.ToUpper('ß'), string(unicode.ToLower('Ä')), unicode.IsSpace('\t'))
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '世')
	fmt.Println(buf, len(buf))
	r, size := utf8.DecodeRuneInString("界x")
	fmt.Println(r, size, string(r))
	fmt.Printf("%q %+q %x % X\n", "日本", "日本", "日本", []byte("日本"))
	fmt.Println(strings.ContainsRune(s, '世'), strings.IndexRune(s, '界'), strings.IndexByte(s, ','))
	fmt.Println(s < "hz", "abc" < "abd", "Z" < "a", strings.Compare("b", "a"))
}
