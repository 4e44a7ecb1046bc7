package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a*b, a/b, a-b)
	var sum float32
	for i := 0; i < 10; i++ {
		sum += a
	}
	fmt.Println(sum, sum == 1)
	var big float32 = 16777216
	fmt.Println(big+1, big+2)
	var x float64 = 0.1
	fmt.Println(float32(x), float64(float32(x)))
	var z float32
	fmt.Println(1/z > 1e38, -1/z < 0)
	fmt.Printf("%v %.10f %g\n", a, a, b)
	fmt.Println(float32(1) / 3)
}
