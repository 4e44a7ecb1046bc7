package main

import "fmt"

func main() {
	a := "apple"
	b := "banana"
	fmt.Println(a < b, a > b, a <= "apple", a >= "apples", a == "app"+"le", a != b)
	fmt.Println("" < "a", "a" < "aa", "Z" < "a", "abc" < "abd")
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	c := a + ", " + b + "!"
	fmt.Println(c)
	c += c
	fmt.Println(c, len(c))
	x := "héllo"
	y := "hello"
	fmt.Println(x > y, x == y)
}
