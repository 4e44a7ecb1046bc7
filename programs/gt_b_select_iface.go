package main

import "fmt"

type T int

func main() {
	var i interface{}
	var s fmt.Stringer
	c := make(chan int, 1)
	d := make(chan T, 1)
	c <- 1
	select {
	case i = <-c:
	default:
	}
	fmt.Println(i)
	c <- 2
	select {
	case i = <-c:
	case i = <-d:
	}
	fmt.Println(i)
	d <- 3
	select {
	case i = <-c:
	case i = <-d:
	}
	fmt.Printf("%T %v\n", i, i)
	var ok bool
	c <- 4
	select {
	case i, ok = <-c:
	case <-d:
	}
	fmt.Println(i, ok)
	_ = s
}
