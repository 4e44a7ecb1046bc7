package main

import "fmt"

func show(a, b int) {
	fmt.Println(a, "/", b, "=", a/b, " ", a, "%", b, "=", a%b)
}

func main() {
	show(7, 2)
	show(-7, 2)
	show(7, -2)
	show(-7, -2)
	show(0, 5)
	show(1<<62, 3)
	var u uint = 18446744073709551615
	fmt.Println(u/7, u%7)
	var i8 int8 = -7
	fmt.Println(i8/2, i8%2, i8>>1)
	var u8 uint8 = 250
	fmt.Println(u8/3, u8%3)
	x := 100
	x /= 7
	fmt.Println(x)
	x %= 4
	fmt.Println(x)
}
