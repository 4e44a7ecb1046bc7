package main

import (
	"errors"
	"fmt"
)

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V%d", v.n) }

type P struct{ n int }

func (p *P) String() string { return fmt.Sprintf("P%d", p.n) }

type E struct{ msg string }

func (e E) Error() string { return "E:" + e.msg }

type Outer struct {
	*P
	V
}

type Holder struct {
	Vs  []V
	Ps  []P
	PPs []*P
	M   map[string]V
	Err error
	Any interface{}
}

func main() {
	h := Holder{[]V{{1}}, []P{{2}}, []*P{{3}}, map[string]V{"a": {4}}, E{"x"}, &P{5}}
	fmt.Println(h)
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Println([]error{E{"a"}, nil, errors.New("b")}, map[E]int{{"k"}: 1})
	var np *P
	fmt.Println(np == nil)
	o := Outer{&P{7}, V{8}}
	fmt.Println(o.P, o.V)
	m := o.P.String
	fmt.Println(m())
	var s fmt.Stringer = o.V
	fmt.Println(s, fmt.Sprintf("%s|%d|%v", V{9}, V{9}, &V{9}))
	fmt.Printf("%#v\n", h.Vs)
	fmt.Printf("%x %X\n", []V{{10}}, "hi")
	type T struct {
		a int
		b []string
		c map[int]bool
		d *int
		e [2]bool
		f struct{ g float64 }
	}
	fmt.Printf("%#v\n", T{1, []string{"s"}, map[int]bool{1: true}, nil, [2]bool{true}, struct{ g float64 }{1.5}})
	fmt.Printf("%v %+v\n", T{}, &T{})
}
