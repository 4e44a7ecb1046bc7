package main

func main() {
	x := 10
	_ = x / 0     // ERROR "invalid operation: division by zero"
	_ = x % 0     // ERROR "invalid operation: division by zero"
	_ = 1.5 / 0   // ERROR "invalid operation: division by zero"
	const c = 0
	_ = 7 / c     // ERROR "invalid operation: division by zero"
	f := 2.0
	_ = f / 0
}
