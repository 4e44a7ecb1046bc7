package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func paint(c Color) { fmt.Println(c) }

func main() {
	var n int = 1
	paint(n)
}
