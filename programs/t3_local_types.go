package main

import (
	"fmt"
	"sort"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	type Point struct{ X, Y int }
	type Segment struct{ A, B Point }
	type Box[T any] struct{ V T }
	s := Segment{Point{0, 0}, Point{3, 4}}
	fmt.Printf("%v %+v %T\n", s, s, s)
	b1 := Box[int]{1}
	b2 := Box[string]{"s"}
	fmt.Printf("%v %v %T %T\n", b1, b2, b1, b2)
	type byX []Point
	pts := byX{{3, 1}, {1, 2}, {2, 3}}
	sort.Slice(pts, func(i, j int) bool { return pts[i].X < pts[j].X })
	fmt.Println(pts)
	counts := map[Point]int{}
	for _, p := range []Point{{1, 1}, {2, 2}, {1, 1}} {
		counts[p]++
	}
	fmt.Println(counts[Point{1, 1}], counts[Point{2, 2}], len(counts))
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Printf("%v %+v %T\n", ps, ps[0], ps[1])
	var anyv interface{} = s
	switch v := anyv.(type) {
	case Point:
		fmt.Println("point", v)
	case Segment:
		fmt.Println("segment", v.B)
	}
	type Celsius float64
	type Temp = Celsius
	var t Temp = 21.5
	fmt.Printf("%v %T\n", t, t)
	type Matrix [2][2]int
	m := Matrix{{1, 2}, {3, 4}}
	m2 := m
	m2[0][0] = 9
	fmt.Println(m, m2, m == Matrix{{1, 2}, {3, 4}})
	fmt.Printf("%#v\n", Point{1, 2})
	type inner struct {
		Name string
		Tags []string
	}
	fmt.Printf("%#v\n", inner{"n", []string{"t"}})
}
