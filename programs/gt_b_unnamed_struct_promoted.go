package main

import "fmt"

type S string

func (s S) val() int { return len(s) + 1 }

type P int

func (p *P) val() int { return int(*p) * 10 }

type Val interface{ val() int }

func main() {
	var zs struct{ S }
	var v Val = zs
	fmt.Println(v.val())
	v = struct {
		x int
		S
	}{3, "ab"}
	fmt.Println(v.val())
	v = &struct{ S }{"xyz"}
	fmt.Println(v.val())
	p := P(4)
	v = struct{ *P }{&p}
	fmt.Println(v.val())
	v = &struct{ P }{5}
	fmt.Println(v.val())
	var st fmt.Stringer = struct{ fmt.Stringer }{S2("hi")}
	fmt.Println(st.String(), st)
}

type S2 string

func (s S2) String() string { return "S2(" + string(s) + ")" }
