package main

import (
	"fmt"
	"sort"
	"strings"
)

type Number interface {
	~int | ~float64
}

type Vec[T Number] []T

func (v Vec[T]) Sum() T {
	var s T
	for _, x := range v {
		s += x
	}
	return s
}

func (v Vec[T]) Map(f func(T) T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = f(x)
	}
	return out
}

type Keyed interface {
	comparable
	Key() string
}

type User struct{ Name string }

func (u User) Key() string { return strings.ToLower(u.Name) }

func Dedup[T Keyed](xs []T) []T {
	seen := map[string]bool{}
	var out []T
	for _, x := range xs {
		if !seen[x.Key()] {
			seen[x.Key()] = true
			out = append(out, x)
		}
	}
	return out
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]     { return Opt[T]{} }
func (o Opt[T]) Get() (T, bool) { return o.v, o.ok }
func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.v
	}
	return d
}
func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

type OrderedMap[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func NewOM[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: make(map[K]V)}
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

func (o *OrderedMap[K, V]) Each(f func(K, V)) {
	for _, k := range o.keys {
		f(k, o.m[k])
	}
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func SortBy[T any, K int | string](xs []T, key func(T) K) {
	sort.Slice(xs, func(i, j int) bool { return key(xs[i]) < key(xs[j]) })
}

func main() {
	v := Vec[int]{1, 2, 3}
	fmt.Println(v.Sum(), v.Map(func(x int) int { return x * x }), Vec[float64]{0.5, 0.25}.Sum())
	fmt.Println(Dedup([]User{{"Ann"}, {"ann"}, {"Bob"}}))
	o := Some(42)
	n := None[string]()
	fmt.Println(o, n, o.OrElse(1), n.OrElse("dflt"))
	x, ok := n.Get()
	fmt.Printf("%q %v %T %T\n", x, ok, o, n)
	om := NewOM[string, []int]()
	om.Set("z", []int{1})
	om.Set("a", nil)
	om.Set("z", []int{2, 3})
	om.Each(func(k string, v []int) { fmt.Print(k, "=", v, " ") })
	fmt.Println()
	g := GroupBy([]string{"apple", "avocado", "banana", "blueberry", "cherry"}, func(s string) byte { return s[0] })
	fmt.Println(len(g), g['a'], g['b'], g['c'])
	words := []string{"ccc", "a", "bb"}
	SortBy(words, func(s string) int { return len(s) })
	fmt.Println(words)
	SortBy(words, func(s string) string { return s })
	fmt.Println(words)
	fmt.Printf("%v %+v\n", []Opt[int]{Some(1), None[int]()}, Opt[bool]{true, true})
}
