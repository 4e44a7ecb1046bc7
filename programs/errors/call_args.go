package main

func two(a, b int) int { return a + b }

func pair() (int, int) { return 1, 2 }

func none() {}

func main() {
	two(1)           // ERROR "not enough arguments in call to two"
	two(1, 2, 3)     // ERROR "too many arguments in call to two"
	two("a", 2)      // ERROR "cannot use .a. \(untyped string constant\) as int value in argument to two"
	var x int = pair() // ERROR "multiple-value pair\(\) \(value of type \(int, int\)\) in single-value context"
	y := none()      // ERROR "none\(\) \(no value\) used as value"
	_, _ = x, y
}
