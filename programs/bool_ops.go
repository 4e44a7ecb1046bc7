package main

import "fmt"

var calls int

func t(name string) bool {
	calls++
	fmt.Println("eval", name)
	return true
}

func f(name string) bool {
	calls++
	fmt.Println("eval", name)
	return false
}

func main() {
	fmt.Println(f("a") && t("b"))
	fmt.Println(t("c") || f("d"))
	fmt.Println(f("e") || t("f") && f("g"))
	fmt.Println(calls)
	var b bool
	fmt.Println(b, !b, b == false, b != true)
	x := 3 > 2
	y := x && !x
	fmt.Printf("%v %t %T\n", x, y, y)
	type myBool bool
	var m myBool = true
	fmt.Println(m, !m)
}
