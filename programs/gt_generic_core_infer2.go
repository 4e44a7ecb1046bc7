package main

import "fmt"

// Inference through a constraint whose type term is a struct, next to methods:
// U Wrapped[T] with Wrapped[T] = interface{ ~struct{ V T }; Twice() T }.

type Num interface{ ~int | ~float64 }

type Wrapped[T Num] interface {
	~struct{ V T }
	Twice() T
	Get() T
}

type Box[T Num] struct{ V T }

func (b Box[T]) Twice() T { return b.V * 2 }
func (b Box[T]) Get() T   { return b.V }

func Diff[T Num, U Wrapped[T]](a, b U) T {
	d := U{V: a.Twice() - b.Twice()}
	return d.Get()
}

func main() {
	fmt.Println(Diff(Box[int]{7}, Box[int]{2}))
	fmt.Println(Diff(Box[float64]{1.5}, Box[float64]{4}))
}
