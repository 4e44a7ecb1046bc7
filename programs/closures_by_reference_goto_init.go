package main

import "fmt"

var order []string

func init() { order = append(order, "init1") }

var x = initX()

func initX() int { order = append(order, "x"); return 1 }

func init() { order = append(order, "init2") }

func main() {
	fmt.Println(order, x)
	n := 0
	inc := func() { n++ }
	get := func() int { return n }
	inc()
	inc()
	n += 10
	fmt.Println(n, get())
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, w := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return w })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	for _, w := range []string{"p", "q"} {
		w := w
		gs = append(gs, func() string { return w })
	}
	fmt.Println(gs[3](), gs[4]())
	i := 0
loop:
	if i < 5 {
		i += 2
		goto loop
	}
	fmt.Println("i", i)
	x := 1
	{
		x := 2
		x++
		_ = x
	}
	if x := 5; x > 3 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
}

func init() { order = append(order, "init3") }
