package main

import "fmt"

func main() {
	a := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := a[2:4:6]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(a, s)
	s = append(s, 200, 300)
	s[0] = -1
	fmt.Println(a, s, len(s), cap(s))
	t := s[:0:0]
	fmt.Println(t == nil, len(t), cap(t))
	var ns []int
	es := []int{}
	fmt.Println(ns == nil, es == nil, ns, es, len(ns), cap(es))
	fmt.Printf("%v %v %#v %#v %T\n", ns, es, ns, es, ns)
	var nm map[string]int
	fmt.Printf("%v %#v %d\n", nm, nm, len(nm))
	// copy with overlap, both directions
	b := []int{1, 2, 3, 4, 5, 6}
	n := copy(b[1:], b)
	fmt.Println(n, b)
	b = []int{1, 2, 3, 4, 5, 6}
	n = copy(b, b[2:])
	fmt.Println(n, b)
	bs := make([]byte, 3)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)
	// append growth caps for several element sizes
	var i8 []int8
	var i64 []int64
	var st []struct{ a, b, c int64 }
	var ss []string
	for i := 0; i < 40; i++ {
		c0, c1, c2, c3 := cap(i8), cap(i64), cap(st), cap(ss)
		i8 = append(i8, 1)
		i64 = append(i64, 1)
		st = append(st, struct{ a, b, c int64 }{})
		ss = append(ss, "")
		if c0 != cap(i8) || c1 != cap(i64) || c2 != cap(st) || c3 != cap(ss) {
			fmt.Println(i, cap(i8), cap(i64), cap(st), cap(ss))
		}
	}
	big := append([]int(nil), make([]int, 1000)...)
	big = append(big, 1)
	fmt.Println(cap(big))
	// variadic with s...
	sum := func(xs ...int) int {
		t := 0
		for _, x := range xs {
			t += x
		}
		if len(xs) > 0 {
			xs[0] = 99
		}
		return t
	}
	v := []int{1, 2, 3}
	fmt.Println(sum(), sum(v...), v, sum(4, 5))
}
