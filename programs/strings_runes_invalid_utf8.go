package main

import "fmt"

func main() {
	s := "a\xffb\xe2\x82c€\xf0\x9f\x98"
	r := []rune(s)
	fmt.Println(len(s), len(r), r)
	fmt.Println(string(r), []byte(string(r)))
	for i, c := range s {
		fmt.Print(i, ":", c, " ")
	}
	fmt.Println()
	fmt.Println(string(rune(-1)), string(rune(0x110000)), string(rune(0xD800)) == "\uFFFD")
	b := []byte(s)
	b[0] = 'A'
	fmt.Println(string(b), s[:1])
	fmt.Printf("%q %x %v\n", s, s, []byte("hé"))
	fmt.Printf("%q %U %c\n", r[:3], r[3], r[5])
	rs := []rune{0x41, -5, 0x10FFFF, 0xDFFF}
	fmt.Printf("%q\n", string(rs))
}
