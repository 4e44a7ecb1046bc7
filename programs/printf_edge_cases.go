package main

import "fmt"

func main() {
	fmt.Printf("%v %v %v\n", int8(-1), uint16(65535), int64(-9223372036854775808))
	fmt.Printf("%x %X %#x\n", -255, int8(-128), -1)
	fmt.Printf("%c|%c|%c\n", 65, 0x1F600, -1)
	fmt.Printf("%q %q\n", 0x110000, 'x')
	fmt.Printf("%U %#U\n", '⌘', '⌘')
	fmt.Printf("%e %E %.3e\n", 0.0, 1e-10, 123456.789)
	fmt.Printf("%g %g %g %g\n", 1e-7, 123456789012.0, 0.000123, 1e100)
	fmt.Printf("%G %.2g %.1g\n", 1e-7, 0.0001234, 99.0)
	fmt.Printf("%f %.1f %.0f %.0f %.0f\n", 1e20, 0.05, 0.5, 1.5, 2.5)
	fmt.Printf("%v %v\n", float32(0.1), float32(1)/float32(3))
	fmt.Printf("%5.2v|%-8v|%08v\n", 3.14159, "ab", 42)
	fmt.Printf("%t %t\n", 1 == 1, "a" > "b")
	fmt.Printf("%s %v %d\n", "x", 'x', 'x')
	fmt.Printf("%3d|%-3d|%03d\n", -5, -5, -5)
	fmt.Printf("%o %#o %O\n", -8, 0, 64)
	fmt.Printf("%b %b\n", -5, uint8(5))
	fmt.Printf("no verbs\n")
	fmt.Printf("%%d %d%%\n", 10)
	s := fmt.Sprintf("%d-%s-%v-%t-%.1f", 1, "two", 3, true, 4.56)
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%08.3f|%+08d|%x", -3.14159, 42, 3.0))
}
