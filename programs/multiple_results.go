package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func named(n int) (sq, cube int) {
	sq = n * n
	cube = sq * n
	return
}

func three() (int, string, bool) {
	return 1, "two", true
}

func pass(a, b int) (int, int) {
	return divmod(a, b)
}

func sum3(a, b, c int) int { return a + b + c }

func pair() (int, int) { return 10, 20 }

func add(a, b int) int { return a + b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	x, y := swap("hello", "world")
	fmt.Println(x, y)
	s, c := named(3)
	fmt.Println(s, c)
	a, b, t := three()
	fmt.Println(a, b, t)
	fmt.Println(pass(-17, 5))
	fmt.Println(add(pair()))
	_, only := divmod(9, 4)
	fmt.Println(only)
	fmt.Println(sum3(1, 2, 3))
	i, j := 1, 2
	i, j = j, i
	fmt.Println(i, j)
}
