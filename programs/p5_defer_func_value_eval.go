package main

import "fmt"

type Op func(int) int

func main() {
	f := func(s string) { fmt.Println("first f:", s) }
	msg := "A"
	defer f(msg)
	f = func(s string) { fmt.Println("second f:", s) }
	msg = "B"
	defer f(msg)
	ops := map[string]Op{"dbl": func(x int) int { return 2 * x }}
	defer func(r int) { fmt.Println("op result at defer time:", r) }(ops["dbl"](21))
	get := func() func() {
		fmt.Println("get() evaluated at the defer statement")
		return func() { fmt.Println("returned func runs last-in-first-out") }
	}
	defer get()()
	total := 0
	func() {
		for i := 0; i < 100000; i++ {
			defer func(k int) { total += k }(i)
		}
	}()
	fmt.Println("total after 100000 defers:", total)
}
