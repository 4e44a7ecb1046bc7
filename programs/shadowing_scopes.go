package main

import "fmt"

var x = "package"

func show() {
	fmt.Println("show sees", x)
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		x = "block2"
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 42; x > 0 {
		fmt.Println("if", x)
	}
	for x := 0; x < 2; x++ {
		fmt.Println("for", x)
	}
	show()
	y, x := 1, "redeclared"
	fmt.Println(y, x)
	const fmtName = "shadow"
	{
		fmt := fmtName
		_ = fmt
	}
	fmt.Println("done")
}
