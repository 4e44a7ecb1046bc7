package main

import "fmt"

func helper() {
	if r := recover(); r != nil {
		fmt.Println("helper recovered", r)
	} else {
		fmt.Println("helper: recover returned nil")
	}
}

func f() {
	defer func() {
		helper() // recover is not called directly by the deferred function
	}()
	panic("boom")
}

func main() {
	defer fmt.Println("main deferred runs")
	f()
	fmt.Println("not reached")
}
