package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d %v %x %X %o %O %b %c %q %U\n", n, n, n, n, n, n, n, 'A', 'A', 0x1F600)
	fmt.Printf("%d %x %o %b\n", -42, -42, -42, -42)
	var i8 int8 = -128
	var u64 uint64 = 18446744073709551615
	fmt.Printf("%d %d %x %X\n", i8, u64, u64, i8)
	fmt.Printf("%T %T %T %T %T %T\n", n, i8, u64, 'x', byte(1), uintptr(2))
	fmt.Printf("%#x %#o %#b %#X\n", 255, 8, 5, 255)
	fmt.Printf("%5d|%-5d|%05d|%+d|% d\n", 42, 42, 42, 42, 42)
	fmt.Printf("%x %X\n", "hi", "hi")
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%c%c%c\n", 'G', 'o', 0x4e16)
	fmt.Printf("%08b\n", 5)
	fmt.Printf("%d\n", "notanint")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
}
