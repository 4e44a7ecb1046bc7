package main

import "fmt"

type Calc struct{}

func (Calc) Add(a, b int) int { return a + b }

func main() {
	fmt.Println(Add(1, 2))
}
