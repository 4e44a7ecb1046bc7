package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func days(m int) int {
	switch m {
	case 2:
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

var called int

func f() int {
	called++
	return called
}

func main() {
	fmt.Println(classify(-5), classify(0), classify(7), classify(100))
	fmt.Println(days(2), days(6), days(12))
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			fmt.Println("zero")
			fallthrough
		case 1:
			fmt.Println("zero or one")
		case 2:
			fmt.Println("two")
			fallthrough
		default:
			fmt.Println("default")
		}
	}
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	}
	switch {
	default:
		fmt.Println("only default")
	}
	s := "go"
	switch s + "lang" {
	case "golang":
		fmt.Println("matched string")
		break
		fmt.Println("unreachable")
	}
	switch f() {
	case 5, 6:
	case 1:
		fmt.Println("f called", called)
	}
}
