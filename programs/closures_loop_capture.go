package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() int
	for i := 0; i < 3; i++ {
		i := i
		gs = append(gs, func() int { return i * 10 })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	acc := 0
	each := func(xs []int, f func(int)) {
		for _, x := range xs {
			f(x)
		}
	}
	each([]int{1, 2, 3, 4}, func(v int) { acc += v * v })
	fmt.Println(acc)
}
