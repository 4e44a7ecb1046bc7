package main

import "fmt"

// Mandelbrot set: 300x300 points, at most 200 iterations each; prints how many are inside.
func main() {
	const size = 300
	const maxIter = 200
	inside := 0
	for py := 0; py < size; py++ {
		ci := float64(py)*2.0/size - 1.0
		for px := 0; px < size; px++ {
			cr := float64(px)*3.0/size - 2.0
			zr, zi := 0.0, 0.0
			n := 0
			for n < maxIter && zr*zr+zi*zi <= 4.0 {
				zr, zi = zr*zr-zi*zi+cr, 2.0*zr*zi+ci
				n++
			}
			if n == maxIter {
				inside++
			}
		}
	}
	fmt.Println(inside)
}
