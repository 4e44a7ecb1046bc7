package main

import "fmt"

func f() (result int) {
	defer func() { result *= 2 }()
	return 21
}

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop body done")
}

func args() {
	x := 1
	defer fmt.Println("arg evaluated at defer:", x)
	x = 2
	fmt.Println("x is now", x)
}

func main() {
	loop()
	args()
	fmt.Println(f())
	defer fmt.Println("main deferred 1")
	defer fmt.Println("main deferred 2")
	fmt.Println("main end")
}
