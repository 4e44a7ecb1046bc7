package main

import (
	"fmt"
	"strconv"
)

var x = 10

var (
	a = b + 1
	b = c * 2
	c = initC()
)

func initC() int { fmt.Println("initC"); return 3 }

func init() { fmt.Println("init1", a, b, c) }
func init() { x++; fmt.Println("init2", x) }

func shadow() (result int, err error) {
	result = 1
	if result, err := strconv.Atoi("42"); err == nil {
		fmt.Println("inner result", result)
	}
	{
		result := 100
		_ = result
	}
	return
}

type T struct{ x int }

func (t T) get() int { return t.x }

func main() {
	fmt.Println(x)
	x := 5
	fmt.Println(x)
	{
		x := "string now"
		fmt.Println(x)
		{
			x := 2.5
			fmt.Println(x)
		}
	}
	fmt.Println(x)
	if x := x * 2; x > 5 {
		fmt.Println("if", x)
	} else if y := x + 1; y > 0 {
		fmt.Println("else", y)
	}
	for x := 0; x < 2; x++ {
		x := x + 100
		fmt.Print(x, " ")
	}
	fmt.Println(x)
	fmt.Println(shadow())
	switch x := "sw"; x {
	case "sw":
		x := 3
		fmt.Println("case", x)
	}
	fmt.Println(x)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true)
	var fmtv = fmt.Sprint
	fmt.Println(fmtv("shadowed", " ", "fmt"))
	t := T{7}
	get := t.get
	t = T{8}
	fmt.Println(get(), t.get())
	var err error
	n, err := strconv.Atoi("12")
	fmt.Println(n, err)
	_, err = strconv.Atoi("zz")
	fmt.Println(err != nil)
	_ = a
	for i := range [3]int{} {
		i := i * i
		defer fmt.Print(i, " ")
	}
	defer fmt.Println()
}
