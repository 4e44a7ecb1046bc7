package main

import "fmt"

type Shape interface {
	Area() float64
}

type Square struct{ s float64 }

func (q *Square) Area() float64 { return q.s * q.s }

func kind(s Shape) string {
	switch s.(type) {
	case Square:
		return "square"
	}
	return "unknown"
}

func main() {
	fmt.Println(kind(&Square{2}))
}
