package main

func two() (int, int) { return 1, 2 }

func main() {
	a, b := 1       // ERROR "assignment mismatch: 2 variables but 1 value"
	c, d, e := two() // ERROR "assignment mismatch: 3 variables but two returns 2 values"
	var f, g int = 1, 2, 3 // ERROR "extra init expr 3"
	h := two()      // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	_, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h
}
