package main

func f() (int, int) { return 1, 2 }

type T struct{}

func main() {
	x := 1
	x + 1       // ERROR "x \+ 1 \(value of type int\) is not used"
	_ = T       // ERROR "T \(type\) is not an expression"
	_ = len     // ERROR "len \(built-in\) must be called"
	var y int = f() + 1 // ERROR "multiple-value f\(\) \(value of type \(int, int\)\) in single-value context"
	_ = iota    // ERROR "cannot use iota outside constant declaration"
	_ = y
}
