package main

import (
	"fmt"
	"sort"
	"strings"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

// MapFilter nests generic calls inside a generic function.
func MapFilter[T, U any](xs []T, keep func(T) bool, f func(T) U) []U {
	return Map(Filter(xs, keep), f)
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func MaxOf[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = Max(m, x)
	}
	return m
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Counter[T comparable]() func(T) int {
	seen := map[T]int{}
	return func(x T) int {
		seen[x]++
		return seen[x]
	}
}

type Celsius float64

type Point struct{ X, Y int }

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	sq := Map(nums, func(i int) int { return i * i })
	fmt.Println(sq)
	strs := Map(nums, func(i int) string { return strings.Repeat("*", i) })
	fmt.Println(strs, len(strs))
	evens := Filter(nums, func(i int) bool { return i%2 == 0 })
	fmt.Println(evens)
	sum := Reduce(nums, 0, func(a, x int) int { return a + x })
	fmt.Println(sum)
	joined := Reduce(nums, "", func(a string, x int) string { return a + fmt.Sprint(x) })
	fmt.Println(joined)
	fmt.Println(MapFilter(nums, func(i int) bool { return i > 3 }, func(i int) float64 { return float64(i) / 2 }))
	fmt.Println(Max(3, 7), Max(2.5, 1.5), Max("abc", "abd"), Max[int8](-3, -4))
	fmt.Println(Max(Celsius(10), Celsius(-5)))
	fmt.Println(MaxOf(4, 9, 2, 8), MaxOf("x", "yy", "z"))
	m := map[string]int{"b": 2, "a": 1, "c": 3, "d": 4}
	ks := Keys(m)
	sort.Strings(ks)
	fmt.Println(ks)
	ik := Keys(map[int]bool{30: true, 10: false, 20: true})
	sort.Ints(ik)
	fmt.Println(ik)
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index(nums, 42))
	fmt.Println(Index([]Point{{1, 2}, {3, 4}}, Point{3, 4}))
	c := Counter[string]()
	c("x")
	c("y")
	fmt.Println(c("x"))
	maxf := Max[float64]
	fmt.Println(maxf(1, 2))
	fmt.Printf("%T %T\n", maxf, Map[int, string])
}
