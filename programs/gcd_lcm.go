package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func gcdRec(a, b uint64) uint64 {
	if b == 0 {
		return a
	}
	return gcdRec(b, a%b)
}

func lcm(a, b int) int { return a / gcd(a, b) * b }

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 9))
	fmt.Println(gcdRec(1071, 462), gcdRec(1<<40, 1<<20*3))
	l := 1
	for i := 1; i <= 20; i++ {
		l = lcm(l, i)
	}
	fmt.Println(l)
}
