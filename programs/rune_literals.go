package main

import "fmt"

func main() {
	r := 'A'
	fmt.Println(r, r+1, string(r+1))
	fmt.Printf("%c %d %U %q %T\n", r, r, r, r, r)
	var b byte = 'z'
	fmt.Println(b, b-'a', string(rune(b)))
	fmt.Println('世', string('世'), len(string('世')))
	fmt.Println(string(rune(0x10FFFF+1)) == "\uFFFD")
	d := '7' - '0'
	fmt.Println(d, d*6)
}
