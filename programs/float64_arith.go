package main

import "fmt"

func main() {
	a, b := 1.5, 0.25
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3)
	x := 1.0
	for i := 0; i < 10; i++ {
		x = x*1.1 + 0.01
	}
	fmt.Println(x)
	var zero float64
	nan := zero / zero
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	inf := 1 / zero
	fmt.Println(inf > 1e308, -inf < -1e308, inf-inf)
	fmt.Println(7.0/2, float64(7)/2, float64(7/2))
	c := 2.0
	c *= c
	c /= 8
	c -= 1
	fmt.Println(c)
	fmt.Println(3.0 > 2.9999999, -0.0 == 0.0)
}
