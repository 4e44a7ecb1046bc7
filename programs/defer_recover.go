package main

import "fmt"

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func nested() {
	defer func() {
		r := recover()
		fmt.Println("outer recovered:", r)
	}()
	func() {
		defer fmt.Println("inner deferred runs during panic")
		panic("boom")
	}()
	fmt.Println("not reached")
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	nested()
	fmt.Println(recover())
	defer func() {
		fmt.Println("recover value:", recover())
	}()
	var a []int
	_ = a[3]
}
