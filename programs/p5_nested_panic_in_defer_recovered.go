package main

import "fmt"

func cleanup() {
	defer func() {
		fmt.Println("cleanup recovered its own:", recover())
	}()
	panic("cleanup failure")
}

func work() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("work: %v", r)
		}
	}()
	defer cleanup()
	panic("work failure")
}

func deferInDefer() {
	defer func() {
		defer func() {
			fmt.Println("inner deferred recover:", recover())
		}()
		panic("raised in deferred func")
	}()
	fmt.Println("deferInDefer body")
}

func main() {
	fmt.Println(work())
	deferInDefer()
	fmt.Println("done")
}
