package main

import (
	"fmt"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type MyInt int

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
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

func Keys[K comparable, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

type Ordered interface {
	~int | ~string | ~float64
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func SortSlice[T Ordered](xs []T) {
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

func Zip[K comparable, V any](ks []K, vs []V) []Pair[K, V] {
	var out []Pair[K, V]
	for i := range ks {
		out = append(out, Pair[K, V]{ks[i], vs[i]})
	}
	return out
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.25}), Sum([]MyInt{4, 5}))
	fmt.Printf("%T\n", Sum([]MyInt{1}))
	strs := Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("*", i) })
	fmt.Println(strs, len(strs))
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 })
	fmt.Println(evens)
	total := Reduce([]string{"a", "bb", "ccc"}, 0, func(a int, s string) int { return a + len(s) })
	fmt.Println(total)
	ks := Keys(map[string]bool{"z": true, "a": true, "m": false})
	SortSlice(ks)
	fmt.Println(ks)
	fmt.Println(Max(3, 7), Max("abc", "abd"), Max(2.5, -1.0), Max[MyInt](3, 2))
	fmt.Println(Max[float64](1, 2.5))
	ps := Zip([]string{"one", "two"}, []int{1, 2})
	fmt.Println(ps)
	fmt.Printf("%v %+v %T\n", ps[0], ps[1], ps[0])
	fs := []float64{3, 1, 2}
	SortSlice(fs)
	fmt.Println(fs)
	words := Map(strings.Fields("the quick brown fox"), strings.ToUpper)
	fmt.Println(strings.Join(words, "_"))
}
