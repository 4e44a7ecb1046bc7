package main

import "fmt"

type Op func(int, int) int

func makeCounter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func main() {
	// Go 1.19: the loop variable is shared by all iterations
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	fs = nil
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ps []*string
	for _, s := range []string{"a", "b", "c"} {
		ps = append(ps, &s)
	}
	for _, p := range ps {
		fmt.Print(*p)
	}
	fmt.Println()

	next, reset := makeCounter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	acc := adder(100)
	acc(1)
	acc(10)
	fmt.Println(acc(0))

	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "sub", "mul", "div"} {
		if op, ok := ops[name]; ok {
			fmt.Println(name, op(7, 3))
		} else {
			fmt.Println(name, "missing", op == nil)
		}
	}

	// recursive closure
	var fib func(int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(50), len(memo))

	// closures modifying captured struct and array
	type acc2 struct{ sum, n int }
	st := acc2{}
	arr := [3]int{}
	push := func(v int) {
		st.sum += v
		st.n++
		arr[v%3]++
	}
	for v := 0; v < 10; v++ {
		push(v)
	}
	fmt.Println(st, arr)

	// defer in loop captures
	func() {
		for i := 0; i < 3; i++ {
			defer func() { fmt.Print("d", i, " ") }()
			defer func(j int) { fmt.Print("a", j, " ") }(i)
		}
	}()
	fmt.Println()

	// immediately invoked with results
	q, r := func(a, b int) (int, int) { return a / b, a % b }(17, 5)
	fmt.Println(q, r)
}
