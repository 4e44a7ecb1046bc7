package main

import "fmt"

type Acc struct{ n int }

func (a Acc) Plus(k int) int { return a.n + k }

func main() {
	f := Acc.Plus
	fmt.Println(f(3))
}
