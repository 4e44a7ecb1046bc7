package main

import "fmt"

// Nested integer loops: 3000 x 3000 iterations of multiply, modulo, add.
func main() {
	sum := 0
	for i := 0; i < 3000; i++ {
		for j := 0; j < 3000; j++ {
			sum += (i*j + j) % 7
		}
	}
	fmt.Println(sum)
}
