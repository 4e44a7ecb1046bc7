package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Sq struct{ s float64 }

func (q *Sq) Area() float64      { return q.s * q.s }
func (q *Sq) Perimeter() float64 { return 4 * q.s }

func main() {
	var x interface{} = &Sq{2}
	fmt.Println(x.(Shape).Area())
	var y interface{} = Sq{3}
	fmt.Println(y.(Shape).Area())
}
