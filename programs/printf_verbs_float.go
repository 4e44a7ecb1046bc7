package main

import "fmt"

func main() {
	x := 3.141592653589793
	fmt.Printf("%f %.2f %e %E %g %G %v\n", x, x, x, x, x, x, x)
	fmt.Printf("%8.3f|%-8.3f|%08.3f|%+.1f\n", x, x, x, x)
	fmt.Printf("%g %g %g %g\n", 1e6, 1e21, 1e-5, 123456789.0)
	fmt.Printf("%.3g %.10g %.0f %.0e\n", x, x, 2.5, 12345.0)
	var f32 float32 = 0.1
	fmt.Printf("%v %g %f %T\n", f32, f32, f32, f32)
	fmt.Printf("%T %v\n", x, 1e100)
	fmt.Printf("%x %X\n", 1.0, 255.5)
	fmt.Printf("%b\n", 1.0)
	var zero float64
	fmt.Printf("%f %v %5.1f %e\n", 1/zero, -1/zero, zero/zero, zero)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%#g %#.3g\n", 1.0, 2.0)
}
