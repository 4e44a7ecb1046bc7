package main

import (
	"fmt"
	"strconv"
)

type Setter[T any] interface {
	*T
	Set(string) error
}

type IntBox struct{ v int }

func (b *IntBox) Set(s string) error {
	n, err := strconv.Atoi(s)
	b.v = n
	return err
}

func ParseAll[T any, PT Setter[T]](ss []string) ([]T, error) {
	out := make([]T, len(ss))
	for i, s := range ss {
		if err := PT(&out[i]).Set(s); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return "int " + strconv.Itoa(v)
	case string:
		return "string " + v
	case fmt.Stringer:
		return "stringer " + v.String()
	}
	return fmt.Sprintf("other %T", x)
}

type Named struct{ n string }

func (n Named) String() string { return "<" + n.n + ">" }

type Base[T any] struct{ items []T }

func (b *Base[T]) Add(x T)     { b.items = append(b.items, x) }
func (b *Base[T]) Count() int  { return len(b.items) }
func (b Base[T]) First() T     { return b.items[0] }

type Tagged[T any] struct {
	Base[T]
	tag string
}

func Sum[T int | float64](xs ...T) T {
	if len(xs) == 0 {
		return 0
	}
	return xs[0] + Sum(xs[1:]...)
}

func MakeAdder[T int | string](base T) func(T) T {
	return func(x T) T { return base + x }
}

func Map2[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	vals, err := ParseAll[IntBox]([]string{"1", "22", "333"})
	fmt.Println(vals, err)
	_, err = ParseAll[IntBox]([]string{"x"})
	fmt.Println(err)
	fmt.Println(Describe(5), Describe("s"), Describe(Named{"n"}), Describe(2.5))
	var t Tagged[string]
	t.Add("a")
	t.Add("b")
	t.tag = "T"
	t.Base.Add("c")
	fmt.Println(t.Base.Count(), len(t.Base.items))
	fmt.Println(t.Count(), t.First(), t.tag, t.items)
	fmt.Printf("%+v %T\n", t, t)
	fmt.Println(Sum(1, 2, 3, 4), Sum(0.5, 0.25))
	add := MakeAdder("go")
	addi := MakeAdder(10)
	fmt.Println(add("pher"), addi(5))
	m := Map2[int, string]
	fmt.Println(m([]int{7, 8}, strconv.Itoa))
	fmt.Printf("%T\n", m)
}
