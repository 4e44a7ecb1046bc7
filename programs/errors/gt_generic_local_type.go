package main

import "fmt"

// Go 1.19: a type declared inside a generic function (or a closure in one) is
// rejected, once per declaration however many instances there are.

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[K, V]) String() string {
	type view struct{ s string }
	return view{fmt.Sprint(p.k, p.v)}.s
}

func wrap[T any](x T) any {
	type box struct{ v T }
	f := func() any {
		type inner int
		return inner(1)
	}
	_ = f
	return box{x}
}

func plain() any {
	type ok struct{}
	return ok{}
}

func main() {
	fmt.Println(wrap(1), wrap("a"), plain(), Pair[int, string]{1, "x"})
}
