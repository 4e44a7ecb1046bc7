// Which text Go prints for a value method reached through a nil *T depends
// on gc inlining the method into its wrapper: Get (noinline) and Sum get
// panicwrap's text; a method value bound to a nil *B faults when bound.
package main

import "fmt"

type T struct{ n int }

//go:noinline
func (t T) Get() int { return t.n }

type B struct{ a [10]int }

func (b B) Sum(k int) int {
	s := 0
	for _, v := range b.a {
		s += v * k
	}
	fmt.Println("sum")
	return s
}

type Getter interface{ Get() int }
type Summer interface{ Sum(int) int }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var p *T
	var g Getter = p
	try(func() { g.Get() })
	var pb *B
	var s Summer = pb
	try(func() { s.Sum(1) })
	try(func() { f := pb.Sum; f(1) })
}
