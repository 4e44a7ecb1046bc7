package main

type Shape interface {
	Area() float64
}

type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }

type Circle struct{}

func main() {
	var a Shape = Sq{2}     // ERROR "cannot use Sq{…} \(value of type Sq\) as type Shape in variable declaration:"
	var b Shape = Circle{}  // ERROR "cannot use Circle{} \(value of type Circle\) as type Shape in variable declaration:"
	var c Shape = &Sq{1}
	n := 5
	var d interface{ M() } = n // ERROR "cannot use n \(variable of type int\) as type interface{M\(\)} in variable declaration:"
	_, _, _, _ = a, b, c, d
}
