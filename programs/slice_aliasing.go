package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b[0] = 20
	fmt.Println(a, b, len(b), cap(b))
	b = append(b, 30)
	fmt.Println(a, b)
	c := a[1:2:2]
	c = append(c, 99)
	fmt.Println(a, c)
	d := make([]int, 3, 10)
	fmt.Println(d, len(d), cap(d))
	n := copy(d, a)
	fmt.Println(n, d)
	n = copy(a[1:], a)
	fmt.Println(n, a)
	var arr [5]int
	sl := arr[:]
	sl[2] = 7
	fmt.Println(arr, len(arr))
	m := [][]int{{1}, {2, 3}, {}}
	fmt.Println(m, len(m[2]))
}
