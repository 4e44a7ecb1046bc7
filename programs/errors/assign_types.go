package main

func main() {
	var s string
	var i int
	s = i                   // ERROR "cannot use i \(variable of type int\) as type string in assignment"
	var f float64 = "three" // ERROR "cannot use .three. \(untyped string constant\) as float64 value in variable declaration"
	i = 2.5                 // ERROR "cannot use 2.5 \(untyped float constant\) as int value in assignment \(truncated\)"
	var b bool = i          // ERROR "cannot use i \(variable of type int\) as type bool in variable declaration"
	_, _, _ = s, f, b
}
