package main

import "fmt"

func tryAppend(n int) (err interface{}) {
	defer func() { err = recover() }()
	a := make([]struct{}, n)
	b := make([]struct{}, n)
	c := append(a, b...)
	fmt.Println("len", len(c))
	return nil
}

func main() {
	fmt.Println(tryAppend(10))
	fmt.Println(tryAppend(int(^uint(0) >> 1)))
	a := make([]struct{}, int(^uint(0)>>1))
	b := make([]struct{}, 1)
	_ = append(a, b...)
}
