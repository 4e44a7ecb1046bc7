package main

import "fmt"

var unwound int

func down(n int) int {
	defer func() { unwound++ }()
	if n == 0 {
		panic(fmt.Sprintf("bottom reached"))
	}
	var pad [16]int
	pad[n%16] = n
	return down(n-1) + pad[0]
}

func deepInDefer(n int) int {
	if n == 0 {
		return 0
	}
	var pad [8]int
	pad[n%8] = 1
	return deepInDefer(n-1) + pad[n%8]
}

func top() (msg string) {
	defer func() {
		// The panic is in progress: this deferred call grows the stack a lot.
		depth := deepInDefer(50000)
		msg = fmt.Sprint(recover(), " depth=", depth)
	}()
	down(20000)
	return "no panic"
}

func main() {
	fmt.Println(top())
	fmt.Println("unwound", unwound)
	done := make(chan string)
	go func() {
		defer func() { done <- fmt.Sprint("goroutine: ", recover(), " unwound=", unwound) }()
		down(5000)
	}()
	fmt.Println(<-done)
}
