package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func hanoi(n int, from, to, via string) int {
	if n == 0 {
		return 0
	}
	moves := hanoi(n-1, from, via, to)
	if n == 3 {
		fmt.Println("move disk 3 from", from, "to", to)
	}
	return moves + 1 + hanoi(n-1, via, to, from)
}

func main() {
	fmt.Println(isEven(10), isOdd(7), isEven(1001))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	fmt.Println(hanoi(10, "A", "C", "B"))
}
