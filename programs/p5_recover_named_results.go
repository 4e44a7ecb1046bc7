package main

import "fmt"

func safeDiv(a, b int) (q int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	q, ok = 7, true
	q = a / b
	return
}

func unnamed() int {
	defer func() { recover() }()
	x := 5
	if x > 0 {
		panic("x")
	}
	return x
}

func keepPartial() (s []int) {
	defer func() { recover() }()
	for i := 0; ; i++ {
		s = append(s, i)
		if i == 3 {
			var m map[int]int
			m[i] = i
		}
	}
}

func doubled() (n int) {
	defer func() { n *= 2 }()
	defer func() {
		if r := recover(); r != nil {
			n = r.(int)
		}
	}()
	panic(21)
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(10, 0))
	fmt.Println(unnamed())
	fmt.Println(keepPartial())
	fmt.Println(doubled())
}
