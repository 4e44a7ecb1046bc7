package main

import "fmt"

func grade(score int) string {
	if score >= 90 {
		return "A"
	} else if score >= 80 {
		return "B"
	} else if score >= 70 {
		return "C"
	} else {
		return "F"
	}
}

func main() {
	fmt.Println(grade(95), grade(85), grade(75), grade(10))
	if x := 10; x > 5 {
		fmt.Println("x big", x)
	} else {
		fmt.Println("x small", x)
	}
	if y := 1; y > 5 {
		fmt.Println("unreached")
	} else if z := y * 2; z == 2 {
		fmt.Println("z", z, "y", y)
	}
	n := 7
	if n%2 == 1 {
		if n > 5 {
			fmt.Println("odd and big")
		}
	}
}
