package main

import "fmt"

func count(start, step int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := start; ; i += step {
			ch <- i
		}
	}()
	return ch
}

func fib(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		a, b := 0, 1
		for i := 0; i < n; i++ {
			ch <- a
			a, b = b, a+b
		}
	}()
	return ch
}

func take(n int, in <-chan int) []int {
	out := make([]int, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, <-in)
	}
	return out
}

func filter(in <-chan int, pred func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if pred(v) {
				out <- v
			}
		}
	}()
	return out
}

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func walk(t *Tree, ch chan int) {
	if t == nil {
		return
	}
	walk(t.Left, ch)
	ch <- t.Value
	walk(t.Right, ch)
}

func walker(t *Tree) <-chan int {
	ch := make(chan int)
	go func() {
		walk(t, ch)
		close(ch)
	}()
	return ch
}

func same(a, b *Tree) bool {
	c1, c2 := walker(a), walker(b)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

func main() {
	fmt.Println(take(5, count(10, 3)))
	for v := range fib(12) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	evens := filter(fib(20), func(v int) bool { return v%2 == 0 })
	var es []int
	for v := range evens {
		es = append(es, v)
	}
	fmt.Println(es)

	var t1, t2, t3 *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		t1 = insert(t1, v)
	}
	for _, v := range []int{1, 9, 3, 7, 5, 4, 8} {
		t2 = insert(t2, v)
	}
	for _, v := range []int{1, 2, 3} {
		t3 = insert(t3, v)
	}
	fmt.Println(same(t1, t2), same(t1, t3))
	var sorted []int
	for v := range walker(t1) {
		sorted = append(sorted, v)
	}
	fmt.Println(sorted)
}
