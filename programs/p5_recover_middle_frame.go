package main

import (
	"errors"
	"fmt"
)

var order []string

func leaf(n int) int {
	defer func() { order = append(order, fmt.Sprint("leaf defer ", n)) }()
	if n == 0 {
		panic(errors.New("leaf failed"))
	}
	return leaf(n-1) + 1
}

func middle() (result int, err error) {
	defer func() {
		order = append(order, "middle defer")
		if r := recover(); r != nil {
			err = fmt.Errorf("middle recovered: %v", r)
			result = -1
		}
	}()
	result = 100
	result += leaf(3)
	return result, nil
}

func top() string {
	defer func() { order = append(order, "top defer") }()
	r, err := middle()
	return fmt.Sprint(r, " ", err)
}

func main() {
	fmt.Println(top())
	for _, s := range order {
		fmt.Println(s)
	}
}
