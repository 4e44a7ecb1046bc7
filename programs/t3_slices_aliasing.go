package main

import "fmt"

func show(name string, s []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

func main() {
	a := make([]int, 3, 5)
	b := append(a, 1)
	c := append(a, 2)
	show("a", a)
	show("b", b)
	show("c", c)
	b[0] = 99
	show("a", a)

	d := append(b, 3, 4)
	d[1] = 77
	show("b", b)
	show("d", d)

	// three-index slices limit capacity so append copies
	e := a[0:2:2]
	f := append(e, 5)
	f[0] = -1
	show("e", e)
	show("f", f)

	// copy with overlap
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	n := copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5, 6, 7, 8}
	n = copy(s, s[3:])
	fmt.Println(n, s)
	bs := make([]byte, 3)
	n = copy(bs, "hello")
	fmt.Println(n, bs, string(bs))

	// slices of slices share rows
	grid := make([][]int, 3)
	row := make([]int, 9)
	for i := range grid {
		grid[i] = row[i*3 : i*3+3]
	}
	grid[1][1] = 5
	grid[0] = append(grid[0], 8)
	fmt.Println(grid, row)

	// growth of a nil slice
	var g []int
	caps := []int{}
	for i := 0; i < 20; i++ {
		g = append(g, i)
		if len(caps) == 0 || caps[len(caps)-1] != cap(g) {
			caps = append(caps, cap(g))
		}
	}
	fmt.Println(caps)

	var nilS []string
	empty := []string{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), len(empty))
	fmt.Printf("%v %v %#v %#v\n", nilS, empty, nilS, empty)

	// delete from middle idiom
	x := []string{"a", "b", "c", "d", "e"}
	x = append(x[:1], x[2:]...)
	fmt.Println(x, len(x), cap(x))
	// insert idiom
	x = append(x[:2], append([]string{"Z"}, x[2:]...)...)
	fmt.Println(x)
	// reverse in place
	for i, j := 0, len(x)-1; i < j; i, j = i+1, j-1 {
		x[i], x[j] = x[j], x[i]
	}
	fmt.Println(x)
	// filter in place
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	out := nums[:0]
	for _, v := range nums {
		if v%3 != 0 {
			out = append(out, v)
		}
	}
	fmt.Println(out, nums)
}
