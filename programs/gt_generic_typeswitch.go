package main

import "fmt"

// Type switches and assertions in generic code: per-instance duplicate cases
// are allowed (the first matching case wins), and cases/assertions that name a
// type parameter are never "impossible".

type Shape interface{ Area() int }

type Square int

func (s Square) Area() int { return int(s) * int(s) }

type Label string

func classify[T any](v any) string {
	switch v.(type) {
	case T, int:
		return "T-or-int"
	case string:
		return "string"
	}
	return "other"
}

func pick[T, U any](v any) string {
	switch x := v.(type) {
	case T:
		return fmt.Sprint("T:", x)
	case U:
		return fmt.Sprint("U:", x)
	default:
		return "neither"
	}
}

func asShape[T any](s Shape) (T, bool) {
	t, ok := s.(T)
	return t, ok
}

func pair[T any](v any) (T, bool) {
	t, ok := v.(T)
	return t, ok
}

func main() {
	fmt.Println(classify[int](3), classify[int]("s"), classify[float64](2.5), classify[string]("x"))
	fmt.Println(pick[int, int](7), pick[string, int](8), pick[Label, string]("z"))
	sq, ok := asShape[Square](Square(4))
	fmt.Println(sq, ok)
	lb, ok := asShape[Label](Square(4))
	fmt.Printf("%q %v\n", lb, ok)
	println(pair[int](41))
	println(pair[string](41))
	fmt.Println(pair[float64](1.5))
}
