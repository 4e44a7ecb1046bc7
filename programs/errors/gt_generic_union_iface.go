package main

type Signed interface{ ~int | ~int64 }

type Float interface{ ~float32 | ~float64 }

type Number interface{ Signed | Float }

func Twice[T Number](x T) T { return x + x }

func main() {
	println(Twice(2), Twice(1.5))
	println(Twice("no"))
}
