package main

import "fmt"

type E struct{}

func (*E) Error() string { return "E" }

func main() {
	var p *E
	var err error = p
	fmt.Println(err == (*E)(nil), err != (*E)(nil), err == nil)
	var i interface{} = (*int)(nil)
	fmt.Println(i == (*int)(nil), i == nil)
	err = nil
	fmt.Println(err == (*E)(nil), err == nil)
}
