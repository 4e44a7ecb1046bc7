package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func main() {
	a := [3]int{1, 2, 3}
	b := modify(a)
	fmt.Println(a, b, a == b)
	c := a
	c[1] = 50
	fmt.Println(a, c)
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	d := [...]string{2: "two", 0: "zero"}
	fmt.Println(len(d), d)
	fmt.Printf("%q\n", d)
	p := &a
	p[2] = 9
	fmt.Println(a, len(p))
}
