package main

import "fmt"

type E struct{}

func (*E) Error() string { return "E" }

func mayFail(fail bool) error {
	var p *E
	if fail {
		p = &E{}
	}
	return p
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil)
	fmt.Printf("%T %v\n", err, err == (*E)(nil))
	var i interface{}
	var ip *int
	fmt.Println(i == nil)
	i = ip
	fmt.Println(i == nil, i)
	var a, b interface{} = 1, 1
	fmt.Println(a == b, a != interface{}(int64(1)))
}
