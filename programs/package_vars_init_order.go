package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum()

var x, y = pair()

func f(name string) int {
	d++
	fmt.Println("init", name, d)
	return d
}

func sum() int {
	fmt.Println("sum sees", a, b, c)
	return a + b + c
}

func pair() (int, int) {
	fmt.Println("pair")
	return 1, 2
}

func init() {
	fmt.Println("init func 1", a, total)
}

func init() {
	fmt.Println("init func 2", x, y)
}

func main() {
	fmt.Println("main", a, b, c, d, total)
}
