package main

import "fmt"

// The spec's two phases of assignment: index and pointer operands on the
// left are evaluated first, then the assignments happen left to right.
// And x += a + b must add the whole right side.

var log string

func g(x string) string {
	log += "g(" + x + ")"
	return x
}

func fp() (*int, int) { return nil, 42 }
func two() (int, int) { return 7, 8 }

func main() {
	s := g("1") + g("2")
	fmt.Println(log, s)
	x := "p"
	x += "q" + x
	x += x + "r" + x
	fmt.Println(x)
	b := []byte("ab")
	str := "s"
	str += string(b) + "-" + fmt.Sprint(len(b)) + str
	fmt.Println(str)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p := new(int)
		p, *p = fp()
		fmt.Println(p)
	}()
	q := new(int)
	old := q
	q, *q = nil, 5
	fmt.Println(q, *old)
	var arr [3]int
	i := 0
	i, arr[i] = 2, 9
	fmt.Println(i, arr)
	m := map[string]int{}
	k := "a"
	k, m[k] = "b", 1
	fmt.Println(k, m)
	j := 1
	sl := []int{0, 0, 0}
	j, sl[j] = two()
	fmt.Println(j, sl)
	var e interface{} = 3
	n := 0
	ns := []bool{false, false}
	n, ns[n] = e.(int)
	fmt.Println(n, ns)
	mm := map[int]bool{5: true}
	bs := []bool{false, false}
	idx := 1
	idx, bs[idx] = 0, mm[5]
	fmt.Println(idx, bs)
	a, c := 1, 2
	a, c = c, a
	fmt.Println(a, c)
	xs := []int{1, 2, 3}
	xs[0], xs[1], xs[2] = xs[2], xs[0], xs[1]
	fmt.Println(xs)
}
