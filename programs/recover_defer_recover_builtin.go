package main

import "fmt"

func g() (r int) {
	defer func() {
		fmt.Println("closure recovers:", recover())
		r = 7
	}()
	defer recover() // not called by a deferred function: does not recover
	panic("x")
}

func f() {
	defer func() {
		defer recover() // still not direct
		panic("second")
	}()
	panic("first")
}

func main() {
	fmt.Println(g())
	f()
}
