package main

func main() {
	var a [3]int
	_ = a[5]      // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = a[-1]     // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = "abc"[10] // ERROR "invalid argument: index 10 out of bounds \[0:3\]"
	s := []int{1}
	_ = s["x"]    // ERROR "cannot convert .x. \(untyped string constant\) to int"
	x := 5
	_ = x[0]      // ERROR "invalid operation: cannot index x \(variable of type int\)"
}
