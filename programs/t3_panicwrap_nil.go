package main

import "fmt"

type T struct{ n int }

func (t T) Value() int { return t.n }

type Valuer interface{ Value() int }

//go:noinline
func call(v Valuer) int { return v.Value() }

func main() {
	var t *T
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		if e, ok := r.(error); ok {
			fmt.Println("is error:", e.Error())
		}
		fmt.Println(call(t))
	}()
	fmt.Println(call(&T{5}))
	fmt.Println(call(t))
}
