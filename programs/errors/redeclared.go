package main

var g = 1 // ERROR "other declaration of g"
var g = 2 // ERROR "g redeclared in this block"

func f() {} // ERROR "other declaration of f"
func f() {} // ERROR "f redeclared in this block"

func main() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	var b int // ERROR "other declaration of b"
	var b string // ERROR "b redeclared in this block"
	_, _ = a, b
}
