package main

import (
	"errors"
	"fmt"
)

func sum(nums ...int) (total int) {
	for _, n := range nums {
		total += n
	}
	return
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func describe(args ...interface{}) string {
	return fmt.Sprint(len(args), args)
}

func divmod(a, b int) (q, r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
			q, r = -1, -1
		}
	}()
	q = a / b
	r = a % b
	return
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 100
	}
}

func minMax(first int, rest ...int) (min, max int) {
	min, max = first, first
	for _, v := range rest {
		if v < min {
			min = v
		}
		if v > max {
			max = v
		}
	}
	return min, max
}

func doubleRet() (x int) {
	defer func() { x *= 2 }()
	x = 5
	return x + 1
}

var ErrNeg = errors.New("negative")

func check(n int) (res string, err error) {
	if n < 0 {
		err = ErrNeg
		return
	}
	res = fmt.Sprint("ok:", n)
	return
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	fmt.Println(join("-"), join("-", "a"), join(", ", "a", "b", "c"))
	fmt.Println(describe(), describe(nil), describe(1, "x", nil, 2.5))
	is := []interface{}{1, 2}
	fmt.Println(describe(is...), describe(is))
	fmt.Println(divmod(17, 5))
	fmt.Println(divmod(1, 0))
	modify(s...)
	fmt.Println(s)
	modify(1, 2)
	fmt.Println(minMax(3))
	fmt.Println(minMax(3, 9, -2, 7))
	fmt.Println(doubleRet())
	for _, n := range []int{3, -3} {
		r, err := check(n)
		if errors.Is(err, ErrNeg) {
			fmt.Println("error:", err, r == "")
			continue
		}
		fmt.Println(r, err)
	}
	fmt.Printf("%d %s %v\n", sum(1, 2), join("+", []string{"x", "y"}...), []interface{}{nil, 1})
	f := sum
	fmt.Printf("%T %T\n", f, join)
	fmt.Println(f(s[:2]...))
}
