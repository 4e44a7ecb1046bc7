package main

import "fmt"

type T struct{ name string }

func (t T) Show(tag string)   { fmt.Println("value recv:", t.name, tag) }
func (t *T) PShow(tag string) { fmt.Println("ptr recv:", t.name, tag) }

func trace(s string) string { fmt.Println("enter", s); return s }
func un(s string)           { fmt.Println("leave", s) }

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func(k int) { n += k }(i)
	}
	return 10
}

func main() {
	defer un(trace("main"))
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	t := T{"a"}
	defer t.Show("method call")
	f := t.Show
	defer f("method value")
	p := &t
	defer p.PShow("ptr method")
	g := p.PShow
	defer g("ptr method value")
	t.name = "b"
	var ts []T
	ts = append(ts, T{"first"})
	defer ts[0].Show("elem")
	ts[0] = T{"second"}
	arr := [2]int{1, 2}
	defer fmt.Println("array copied:", arr)
	arr[0] = 99
	s := []int{1, 2}
	defer fmt.Println("slice shares:", s)
	s[0] = 99
	fmt.Println("counter:", counter())
	fmt.Println("x now", x, t.name)
}
