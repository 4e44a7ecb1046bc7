package main

import "fmt"

// Elided &T{...} in composite literals whose element type is a named pointer
// type, or a type parameter constrained to a pointer type.

type Point struct{ X, Y int }

type PP *Point

func mk[P *Point]() []P { return []P{{X: 1}, {2, 3}} }

func mk2[P PP]() map[string]P { return map[string]P{"o": {}, "a": {X: 4}} }

func main() {
	ps := []PP{{X: 1, Y: 2}, {3, 4}}
	var q PP = ps[1]
	fmt.Println(ps[0].X, ps[0].Y, q.X, len(ps))
	arr := [2]PP{{}, {Y: 9}}
	fmt.Println(arr[0].X, arr[1].Y)
	for _, p := range mk[*Point]() {
		fmt.Println(*p)
	}
	m := mk2[PP]()
	fmt.Println(m["o"].X, m["a"].X)
}
