package main

import "fmt"

// A constraint whose union lists other constraint interfaces.

type Signed interface{ ~int | ~int8 | ~int32 | ~int64 }

type Unsigned interface{ ~uint | ~uint8 | ~uint64 }

type Float interface{ ~float32 | ~float64 }

type Integer interface{ Signed | Unsigned }

type Number interface {
	Integer | Float
}

type Celsius float64

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Integer | ~string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum[uint8](200, 100), Sum(1.5, 2.25), Sum[Celsius](10, -3.5))
	fmt.Println(Max(3, 9), Max[int8](-3, -9), Max("go", "c"), Max[uint64](1<<63, 5))
}
