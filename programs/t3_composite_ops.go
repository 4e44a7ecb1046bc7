package main

import (
	"fmt"
	"sort"
	"strings"
)

type T struct {
	N    int
	Arr  [3]int
	Tags map[string]bool
	Kids []*T
}

type Wrapper struct {
	*T
	Label string
}

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Peek() int { return s[len(s)-1] }

type Op int

const (
	Add Op = iota
	Sub
)

var opNames = [...]string{Add: "add", Sub: "sub"}

func (o Op) String() string { return opNames[o] }

func modify(t T) T {
	t.Arr[0] = 100
	t.N++
	return t
}

func main() {
	ts := []*T{{N: 1}, {N: 2, Arr: [3]int{1, 2, 3}}}
	m := map[string]*T{"a": {N: 5}, "b": {Tags: map[string]bool{"x": true}}}
	m["a"].N += 10
	m["a"].Arr[1]++
	m["b"].Tags["y"] = false
	fmt.Println(*ts[0], *ts[1], *m["a"], len(m["b"].Tags))
	counts := map[string]int{}
	for _, w := range strings.Fields("a b a c b a") {
		counts[w]++
	}
	counts["c"] *= 10
	counts["z"] -= 1
	fmt.Println(counts)
	arrs := map[string][2]int{"p": {1, 2}}
	v := arrs["p"]
	v[0] = 9
	fmt.Println(arrs, v)
	t := T{N: 1}
	t2 := modify(t)
	fmt.Println(t.N, t.Arr, t2.N, t2.Arr)
	w := Wrapper{&T{N: 7}, "w"}
	w.N++
	w.Arr[2] = 3
	fmt.Println(w.N, w.T.Arr, w.Label)
	var s Stack
	s.Push(1)
	s.Push(2)
	s.Push(3)
	fmt.Println(s.Pop(), s.Peek(), len(s), s)
	ops := []Op{Sub, Add}
	fmt.Println(ops, Sub)
	fmt.Printf("%v %d %s\n", ops[0], ops[0], ops[1])
	xs := []int{5, 1, 4}
	xs[0], xs[2] = xs[2], xs[0]
	i := 0
	i, xs[i] = 2, 99
	fmt.Println(xs, i)
	grid := [3][3]rune{}
	for r := range grid {
		for c := range grid[r] {
			grid[r][c] = '.'
		}
	}
	grid[1][1] = '#'
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}
	type pair struct{ a, b int }
	pairs := []pair{{3, 1}, {1, 2}, {2, 0}}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].a < pairs[j].a })
	fmt.Println(pairs)
	nested := map[string][]map[string]int{"k": {{"a": 1}, {"b": 2}}}
	nested["k"][1]["c"] = 3
	fmt.Println(nested)
	matrix := make([][]float64, 2)
	for i := range matrix {
		matrix[i] = make([]float64, 2)
		matrix[i][i] = 1
	}
	fmt.Println(matrix)
	b := []byte("hello")
	copy(b[1:], "EL")
	fmt.Println(string(b))
	bs := append([]byte("x"), "yz"...)
	fmt.Println(string(bs), len(bs))
	var iface interface{} = t
	if tt, ok := iface.(T); ok {
		tt.N = 50
		fmt.Println(tt.N, t.N)
	}
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:3]
	sl = append(sl, 10)
	fmt.Println(arr, sl, cap(sl))
	sl2 := arr[:]
	sl2[0] = -1
	fmt.Println(arr[0])
	fn := func(a [5]int) { a[0] = 1000 }
	fn(arr)
	fmt.Println(arr[0])
	pa := &arr
	for i, v := range pa {
		if i < 2 {
			fmt.Print(v, ",")
		}
	}
	fmt.Println(len(pa))
}
