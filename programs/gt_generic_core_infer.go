package main

import "fmt"

// Constraint type inference through a generic constraint interface:
// S Seq[E] with Seq[E] = interface{ ~[]E } infers E from S.

type Seq[E any] interface{ ~[]E }

type Table[K comparable, V any] interface{ ~map[K]V }

type Ints []int

type Names []string

type Ages map[string]int

func Reverse[S Seq[E], E any](s S) S {
	r := make(S, len(s))
	for i, v := range s {
		r[len(s)-1-i] = v
	}
	return r
}

func Keys[M Table[K, V], K comparable, V any](m M, order []K) []V {
	var out []V
	for _, k := range order {
		out = append(out, m[k])
	}
	return out
}

func main() {
	r := Reverse(Ints{1, 2, 3})
	fmt.Printf("%T %v\n", r, r)
	n := Reverse[Names](Names{"a", "b"})
	fmt.Printf("%T %v\n", n, n)
	fmt.Println(Keys(Ages{"x": 1, "y": 2}, []string{"y", "x"}))
}
