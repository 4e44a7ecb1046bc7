package main

import "fmt"

type Inner struct{ arr [3]int }
type S struct {
	n     int
	inner Inner
	m     map[string]int
}

func (s *S) Inc() { s.n++ }

type Counter [4]int

func (c *Counter) Bump(i int) { c[i]++ }

func main() {
	var st S
	st.m = map[string]int{}
	f := func() {
		st.inner.arr[1]++
		st.Inc()
		st.m["k"]++
	}
	f()
	f()
	fmt.Println(st.n, st.inner.arr, st.m)
	var grid [2][2]int
	g := func(v int) { grid[v%2][v/2%2] += v }
	for i := 0; i < 6; i++ {
		g(i)
	}
	fmt.Println(grid)
	var c Counter
	h := func() { c.Bump(2) }
	h()
	h()
	fmt.Println(c)
	p := struct{ x, y int }{1, 2}
	show := func() string { return fmt.Sprint(p) }
	p.x = 10
	fmt.Println(show())
	arr := [3]string{"a", "b", "c"}
	readers := []func() string{}
	for i := range arr {
		i := i
		readers = append(readers, func() string { return arr[i] })
	}
	arr[0], arr[2] = arr[2], arr[0]
	for _, r := range readers {
		fmt.Print(r())
	}
	fmt.Println()
	type pair struct{ a, b int }
	var ps [2]pair
	swap := func() { ps[0], ps[1] = ps[1], ps[0] }
	ps[0].a = 5
	swap()
	fmt.Println(ps)
	total := struct{ sum int }{}
	add := func(xs ...int) {
		for _, x := range xs {
			total.sum += x
		}
	}
	add(1, 2, 3)
	defer func() { fmt.Println("deferred sees", total.sum) }()
	add(10)
	fmt.Println(total)
}
