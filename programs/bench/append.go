package main

import "fmt"

// Slices grown by append (ints, strings, structs), then summed.
type pt struct{ x, y int }

func main() {
	sum := 0
	for r := 0; r < 20; r++ {
		var a []int
		var ps []pt
		for i := 0; i < 100000; i++ {
			a = append(a, i)
			ps = append(ps, pt{i, r})
		}
		for i, v := range a {
			sum += v - ps[i].y
		}
	}
	var ss []string
	for i := 0; i < 200000; i++ {
		ss = append(ss, "x")
	}
	fmt.Println(sum, len(ss))
}
