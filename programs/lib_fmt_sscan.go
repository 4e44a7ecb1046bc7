package main

import "fmt"

type celsius float64

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscanf("12 34 go", "%d %d %s", &a, &b, &s)
	fmt.Println(n, err, a, b, s)
	n, err = fmt.Sscanf("x=5, y=-7", "x=%d, y=%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("3.25kg", "%fkg", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("abc", "%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d,%d", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("7", "%d %d", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("ff 0x1F 101", "%x %v %b", &a, &b, &f)
	fmt.Println(n, err, a, b)
	var c rune
	var u uint8
	n, err = fmt.Sscanf("Z 300", "%c %d", &c, &u)
	fmt.Println(n, err, c, u)
	n, err = fmt.Sscanf("50%", "%d%%", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("12345", "%3d%d", &a, &b)
	fmt.Println(n, err, a, b)

	var i8 int8
	var ok bool
	var cc celsius
	var bs []byte
	n, err = fmt.Sscan("  42\n\t hello  true 2.5e3 -1.5 bytes", &a, &s, &ok, &f, &cc, &bs)
	fmt.Println(n, err, a, s, ok, f, cc, string(bs))
	n, err = fmt.Sscan("1000", &i8)
	fmt.Println(n, err, i8)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("0x10 0o17 0b11 1_000", &a, &b, &i8, &f)
	fmt.Println(n, err, a, b, i8)
	n, err = fmt.Sscan("99999999999999999999", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("tru", &ok)
	fmt.Println(n, err, ok)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1", a)
	fmt.Println(n, err)
	var words []string
	for _, line := range []string{"alpha 1", "beta 22", "gamma 333"} {
		var w string
		var k int
		fmt.Sscanf(line, "%s %d", &w, &k)
		words = append(words, fmt.Sprint(w, ":", k*2))
	}
	fmt.Println(words)
}
