package main

import "fmt"

type Walker interface{ Walk() string }
type Runner interface {
	Walker
	Run() string
}

type Cat struct{}

func (Cat) Walk() string { return "cat walks" }
func (Cat) Run() string  { return "cat runs" }

type Snail struct{}

func (Snail) Walk() string { return "snail walks" }

func main() {
	var w Walker = Cat{}
	if r, ok := w.(Runner); ok {
		fmt.Println(r.Run())
	}
	w = Snail{}
	_, ok := w.(Runner)
	fmt.Println(ok)
	c, ok := w.(Cat)
	fmt.Println(c, ok)
	var e interface{} = "text"
	s := e.(string)
	fmt.Println(s)
	n, ok := e.(int)
	fmt.Println(n, ok)
	fmt.Println(e.(int))
}
