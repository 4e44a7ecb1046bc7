package main

import (
	"fmt"
	"math"
)

// Full-precision results of the functions minigo computes with Go's own
// algorithms (Log, Log2, Log10, Atan, Cbrt) or exactly (Sqrt, Exp, Pow).
func main() {
	for _, x := range []float64{0.5, 1, 2, 3, 7, 10, 100, 1e-10, 2.5, 1234.5678, 1e300} {
		fmt.Println(math.Sqrt(x), math.Log(x), math.Log2(x), math.Log10(x), math.Atan(x), math.Atan(-x), math.Cbrt(x), math.Cbrt(-x))
	}
	fmt.Println(math.Log(0), math.Log(-1), math.Log(math.Inf(1)), math.Log2(8), math.Log2(0.125), math.Log10(1e15), math.Cbrt(27), math.Cbrt(math.Inf(-1)))
}
