package main

import "fmt"

// A parameter of generic named type (Fn2[A, B, R], Pairs[K, V]) unified with an
// unnamed argument type (a func literal, a slice literal) infers A, B, R.

type Fn2[A, B, R any] func(A, B) R

type Pairs[K comparable, V any] []struct {
	K K
	V V
}

func Apply[A, B, R any](f Fn2[A, B, R], a A, b B) R { return f(a, b) }

func Flip[A, B, R any](f Fn2[A, B, R]) Fn2[B, A, R] {
	return func(b B, a A) R { return f(a, b) }
}

func ToMap[K comparable, V any](ps Pairs[K, V]) map[K]V {
	m := map[K]V{}
	for _, p := range ps {
		m[p.K] = p.V
	}
	return m
}

func main() {
	fmt.Println(Apply(func(a int, b string) string { return fmt.Sprint(b, a) }, 3, "x"))
	sub := Flip(func(a, b float64) float64 { return a - b })
	fmt.Printf("%T %v\n", sub, sub(1, 10))
	m := ToMap([]struct {
		K string
		V int
	}{{"a", 1}, {"b", 2}})
	fmt.Println(m["a"], m["b"], len(m))
}
