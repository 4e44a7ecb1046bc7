package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Kind() string     { return "base" }

type Mid struct {
	Base
	Name string // shadows Base.Name at depth 0
}

func (m Mid) Kind() string { return "mid" }

type Top struct {
	*Mid
	Extra int
}

type Logger struct{ prefix string }

func (l Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	Logger
	Base
	calls int
}

func (s *Service) Call() {
	s.calls++
	s.Log(fmt.Sprintf("call %d on %s", s.calls, s.Describe()))
}

type Describer interface{ Describe() string }
type Kinder interface{ Kind() string }

func main() {
	m := Mid{Base: Base{1, "inner"}, Name: "outer"}
	fmt.Println(m.Name, m.Base.Name, m.ID)
	fmt.Println(m.Describe(), m.Kind(), m.Base.Kind())
	m.Rename("renamed")
	fmt.Println(m.Name, m.Base.Name)
	fmt.Printf("%+v\n", m)
	fmt.Printf("%v\n", m)

	t := Top{Mid: &m, Extra: 9}
	t.ID = 42
	fmt.Println(m.ID, t.Describe(), t.Kind())
	t.Rename("via top")
	fmt.Println(m.Base.Name)

	var d Describer = t
	fmt.Println(d.Describe())
	var k Kinder = m
	fmt.Println(k.Kind())
	k = m.Base
	fmt.Println(k.Kind())

	s := &Service{Logger: Logger{"[svc] "}, Base: Base{7, "svc"}}
	s.Call()
	s.Call()
	fmt.Println(s.calls, s.prefix)

	// method value bound through promotion
	f := m.Describe
	m.ID = 1000
	fmt.Println(f())
	g := s.Call
	g()

	// method expression through embedding
	h := Mid.Kind
	fmt.Println(h(m))
	r := (*Base).Rename
	r(&m.Base, "expr")
	fmt.Println(m.Base.Name)
	fmt.Printf("%+v\n", *s)
}
