package main

type Number interface {
	~int | ~float64
}

type Stringer interface {
	String() string
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Eq[T comparable](a, b T) bool { return a == b }

func Show[T Stringer](x T) string { return x.String() }

func main() {
	_ = Sum("a", "b")        // ERROR "string does not implement Number"
	_ = Eq([]int{}, []int{}) // ERROR "does not implement comparable"
	_ = Show(3)              // ERROR "int does not implement Stringer \(missing String method\)"
	_ = Sum[int](1, 2)
}
