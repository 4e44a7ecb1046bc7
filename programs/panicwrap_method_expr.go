package main

import "fmt"

type B struct{ n int }

func (b B) Sum(x int) int { return b.n + x }
func (b B) String() string { return fmt.Sprint("B", b.n) }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	var nb *B
	f := (*B).Sum
	fmt.Println(f(&B{1}, 2))
	try("method expression", func() { fmt.Println(f(nb, 1)) })
	try("method value", func() {
		g := nb.Sum
		fmt.Println(g(1))
	})
	try("direct", func() { fmt.Println(nb.Sum(1)) })
	fmt.Println(nb)
	var s fmt.Stringer = nb
	fmt.Printf("%v|%s\n", s, nb)
	g := B.Sum
	fmt.Println(g(B{5}, 5))
}
