package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println(r)
		panic("again")
	}()
	var p *int
	_ = *p
}
