package main

import "fmt"

func show(v float64) {
	fmt.Println(v)
}

func main() {
	show(0)
	show(1)
	show(-1)
	show(0.5)
	show(1.0 / 3)
	show(2.0 / 3)
	show(1e20)
	show(1e21)
	show(1e-4)
	show(1e-5)
	show(123456789.0)
	show(1.5e300)
	show(5e-324)
	show(100)
	var zero float64
	show(1 / zero)
	show(-1 / zero)
	show(zero / zero)
	show(-zero)
	neg := -1.0
	show(zero * neg)
	fmt.Println(float32(1.0/3), float32(1e20), float32(16777217))
	fmt.Println(1.0, 2.5, -0.125)
}
