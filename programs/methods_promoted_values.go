package main

import "fmt"

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string      { return b.name }
func (b *Base) Rename(n string)  { b.name = n }
func (b Base) String() string    { return "Base(" + b.name + ")" }

type Dog struct {
	Base
	age int
}

func (d Dog) Sound() string { return "woof" }

type Puppy struct {
	*Dog
}

type Logger interface{ Log(string) string }
type prefix struct{ p string }

func (p prefix) Log(s string) string { return p.p + s }

type Service struct {
	Logger
	id int
}

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Get() int   { return c.n }
func (c Counter) Add(k int) int { return c.n + k }

func apply(f func(int) int, v int) int { return f(v) }

func main() {
	d := Dog{Base{"rex"}, 3}
	var a Animal = d
	fmt.Println(a.Name(), a.Sound())
	p := Puppy{&Dog{Base{"bit"}, 1}}
	a = p
	fmt.Println(a.Name(), a.Sound())
	p.Rename("bitsy")
	fmt.Println(p.Name(), a.Name())
	var s fmt.Stringer = d
	fmt.Println(s.String(), d)
	fmt.Println(p)
	svc := Service{prefix{"> "}, 1}
	var l Logger = svc
	fmt.Println(l.Log("hi"), svc.Log("x"))
	c := &Counter{}
	inc := c.Inc
	inc()
	inc()
	get := c.Get
	c.Inc()
	fmt.Println(c.n, get(), c.Get())
	add := Counter{10}.Add
	fmt.Println(apply(add, 5))
	var an Animal = d
	nm := an.Name
	fmt.Println(nm())
	f := func(c *Counter) { c.Inc() }
	f(c)
	g := func(c Counter) int { return c.Get() }
	fmt.Println(g(*c))
	fs := []func() string{d.Name, d.Sound, p.Name}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
