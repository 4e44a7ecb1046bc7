package main

func main() {
	a := 1
	b := "x"
	c := 2.5
	_ = a + b     // ERROR "invalid operation: a \+ b \(mismatched types int and string\)"
	_ = a * c     // ERROR "invalid operation: a \* c \(mismatched types int and float64\)"
	_ = c % 2     // ERROR "invalid operation: operator % not defined on c \(variable of type float64\)"
	_ = !a        // ERROR "invalid operation: operator ! not defined on a \(variable of type int\)"
	_ = b - "y"   // ERROR "invalid operation: operator - not defined on b \(variable of type string\)"
	_ = a == b    // ERROR "invalid operation: a == b \(mismatched types int and string\)"
	_ = a && true // ERROR "invalid operation: a && true \(mismatched types int and untyped bool\)"
}
