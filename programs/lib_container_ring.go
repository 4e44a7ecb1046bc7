package main

import (
	"container/ring"
	"fmt"
)

func show(name string, r *ring.Ring) {
	fmt.Print(name, " len=", r.Len(), ":")
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println()
}

func main() {
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show("r", r)
	show("moved", r.Move(2))
	show("back", r.Move(-1))
	fmt.Println(r.Prev().Value, r.Next().Value)

	s := ring.New(3)
	for i := 0; i < 3; i++ {
		s.Value = string(rune('a' + i))
		s = s.Next()
	}
	r.Link(s)
	show("linked", r)
	removed := r.Unlink(3)
	show("unlinked", r)
	show("removed", removed)
	fmt.Println(r.Unlink(0) == nil, ring.New(0) == nil)

	// A zero Ring is a ring of one.
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z, z.Move(3) == &z)
	var nilRing *ring.Ring
	fmt.Println(nilRing.Len())

	// Sum with Do.
	sum := 0
	big := ring.New(100)
	for i := 1; i <= 100; i++ {
		big.Value = i
		big = big.Next()
	}
	big.Do(func(v any) { sum += v.(int) })
	fmt.Println(sum)

	// Josephus problem: every 3rd of 10 leaves.
	j := ring.New(10)
	for i := 1; i <= 10; i++ {
		j.Value = i
		j = j.Next()
	}
	j = j.Prev()
	var order []int
	for j.Len() > 1 {
		j = j.Move(2)
		order = append(order, j.Unlink(1).Value.(int))
	}
	fmt.Println(order, j.Value)

	defer func() { fmt.Println("recovered:", recover()) }()
	r.Do(func(v any) {
		if v == 2 {
			panic(fmt.Sprint("stop at ", v))
		}
	})
}
