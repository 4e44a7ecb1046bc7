package main

func Zero[T any]() T {
	var z T
	return z
}

func Id[T any](x T) T { return x }

type Box[T any] struct{ v T }

func main() {
	_ = Zero()          // ERROR "cannot infer T"
	f := Id             // ERROR "cannot use generic function Id without instantiation"
	var b Box           // ERROR "cannot use generic type Box\[T any\] without instantiation"
	_, _ = f, b
	_ = Zero[int]()
	_ = Box[string]{v: "x"}
}
