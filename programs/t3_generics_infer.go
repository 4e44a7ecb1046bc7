package main

import (
	"fmt"
	"sort"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Num interface{ ~int | ~int32 | ~float64 }

func Conv[To, From Num](x From) To { return To(x) }

func SortedKeys[M ~map[K]V, K interface{ ~int | ~string }, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

func Last[S ~[]E, E any](s S) (E, bool) {
	var zero E
	if len(s) == 0 {
		return zero, false
	}
	return s[len(s)-1], true
}

type Names []string

func (n Names) Joined() string { return strings.Join(n, "+") }

type Scores map[string]int

func Apply[T any](x T, fs ...func(T) T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func parse(s string) (int, error) {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("bad digit %q", c)
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func main() {
	fmt.Println(Map[int]([]int{1, 2, 3}, func(i int) string { return strings.Repeat("#", i) }))
	fmt.Println(Map[int, float64]([]int{1, 2}, func(i int) float64 { return float64(i) / 4 }))
	fmt.Println(Conv[float64](3), Conv[int](2.75), Conv[int32, float64](-1.5))
	fmt.Printf("%T %T\n", Conv[float64](3), Conv[int32](int32(7)))
	fmt.Println(SortedKeys(Scores{"b": 2, "a": 1, "c": 3}))
	fmt.Println(SortedKeys(map[int]bool{3: true, 1: false, 2: true}))
	n := Names{"x", "y"}
	c := Clone(n)
	c[0] = "changed"
	fmt.Println(n.Joined(), c.Joined())
	fmt.Printf("%T %v\n", c, Clone([]int(nil)) == nil)
	fmt.Println(Last(n))
	fmt.Println(Last([]float64{}))
	fmt.Println(Apply(3, func(i int) int { return i * 2 }, func(i int) int { return i + 1 }))
	fmt.Println(Apply("go"))
	fmt.Println(Must(parse("123")))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(Must(parse("12x")))
}
