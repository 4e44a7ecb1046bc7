package main

type P struct {
	X, Y int
}

func (p P) Sum() int { return p.X + p.Y }

func main() {
	p := P{X: 1, Z: 2} // ERROR "unknown field .Z. in struct literal of type P"
	_ = p.W            // ERROR "p.W undefined \(type P has no field or method W\)"
	p.Sum(1)           // ERROR "too many arguments in call to p.Sum"
	q := P{1}          // ERROR "too few values in P{…}"
	n := 3
	n()                // ERROR "invalid operation: cannot call non-function n \(variable of type int\)"
	_ = q
}
