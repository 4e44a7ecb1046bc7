package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Stringer interface{ String() string }

type StringableInt interface {
	~int | ~int64
	String() string
}

type ID int

func (i ID) String() string { return "ID#" + strconv.Itoa(int(i)) }

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func SumIDs[T StringableInt](xs ...T) (T, string) {
	var s T
	for _, x := range xs {
		s += x
	}
	return s, s.String()
}

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Vec []float64

func (v Vec) Norm1() float64 {
	t := 0.0
	for _, x := range v {
		if x < 0 {
			x = -x
		}
		t += x
	}
	return t
}

func Convert[From, To Number](xs []From) []To {
	out := make([]To, 0, len(xs))
	for _, x := range xs {
		out = append(out, To(x))
	}
	return out
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Numeric interface{ int | float64 }

func Avg[T Numeric](xs ...T) float64 {
	if len(xs) == 0 {
		return 0
	}
	var s T
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

type Point struct{ X, Y int }

func MapKeys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func Ptr[T any](v T) *T { return &v }

func main() {
	fmt.Println(JoinAll([]ID{1, 2, 3}, ", "))
	fmt.Println(SumIDs[ID](4, 5))
	fmt.Println(SumIDs(ID(10), ID(20)))
	v := Scale(Vec{1, -2, 3}, 2)
	fmt.Println(v, v.Norm1())
	fmt.Printf("%T\n", v)
	fmt.Println(Scale([]int{1, 2, 3}, 10))
	fmt.Println(Convert[int, float64]([]int{1, 2}), Convert[float64, int8]([]float64{1.9, -2.9, 127}))
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]Point{{1, 2}, {3, 4}}, Point{3, 4}), Index([]float64{1}, 2))
	fmt.Println(Avg(1, 2, 4), Avg(1.5, 2.5), Avg[int]())
	fmt.Println(MapKeys(map[string]int{"a": 1, "b": 2}))
	p := Ptr(42)
	*p++
	sp := Ptr("s")
	fmt.Println(*p, *sp)
	fmt.Printf("%T %T\n", p, Ptr(Point{}))
}
