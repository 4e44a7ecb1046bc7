package main

import "fmt"

type Logger interface{ Log(string) }
type Svc struct {
	Logger
	name string
}

type T struct{ n int }

func (t T) Get() int { return t.n }

type W struct{ *T }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	try("promoted iface method value", func() {
		s := Svc{name: "x"}
		f := s.Log
		fmt.Println("bound", f != nil)
	})
	try("promoted iface call", func() {
		s := Svc{}
		s.Log("x")
	})
	try("embedded nil ptr value method", func() {
		w := W{}
		g := w.Get
		fmt.Println("bound", g != nil)
	})
	try("nil ptr method value", func() {
		var t *T
		g := t.Get
		fmt.Println("bound", g != nil)
	})
	try("nil map read ok", func() {
		var m map[string][]int
		fmt.Println(m["a"], len(m["a"]))
	})
	try("nil func field", func() {
		type H struct{ f func() int }
		var h H
		h.f()
	})
	try("array ptr nil", func() {
		var p *[3]int
		fmt.Println(len(p))
		for i := range p {
			fmt.Print(i)
		}
		fmt.Println()
		_ = p[1]
	})
}
