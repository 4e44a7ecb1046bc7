package main

import "fmt"

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	s := make([]int, 3)
	p := new(int)
	defer fmt.Println("done", *p)
	c := make(chan int, 1)
	select {
	case c <- 1:
	default:
	}
	fmt.Println(sum(s), "a"+fmt.Sprint(1))
}
