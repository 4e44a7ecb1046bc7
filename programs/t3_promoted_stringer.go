package main

import (
	"errors"
	"fmt"
)

type Base struct{ ID int }

func (b Base) String() string { return fmt.Sprintf("Base#%d", b.ID) }

type Outer struct {
	Base
	X int
}

type PBase struct{ n int }

func (p *PBase) String() string { return fmt.Sprint("PB", p.n) }

type Outer2 struct {
	*PBase
}

type Outer3 struct {
	PBase
	Y int
}

type ErrBase struct{}

func (ErrBase) Error() string { return "errbase" }

type MyErr struct {
	ErrBase
	Code int
}

type L1 struct{ L2 }
type L2 struct{ L3 }
type L3 struct{ Deep string }

func (L3) Hi() string { return "hi from L3" }

type Both struct {
	L1
	Deep int
}

func main() {
	fmt.Println(Outer{Base{1}, 2})
	fmt.Printf("%v %+v %s\n", Outer{Base{3}, 4}, Outer{Base{3}, 4}, Outer{})
	fmt.Println(Outer2{&PBase{5}})
	fmt.Println(Outer3{PBase{6}, 7})
	fmt.Println(&Outer3{PBase{6}, 7})
	var err error = MyErr{Code: 3}
	fmt.Println(err, errors.Unwrap(err) == nil)
	fmt.Printf("%v|%+v\n", MyErr{}, []interface{}{MyErr{Code: 1}})
	l := L1{L2{L3{"deep"}}}
	fmt.Println(l.Deep, l.Hi(), l.L2.L3.Deep)
	b := Both{l, 42}
	fmt.Println(b.Deep, b.L1.Deep, b.Hi())
	fmt.Printf("%+v\n", b)
	var st fmt.Stringer = Outer{Base{9}, 0}
	fmt.Println(st.String())
	st = &Outer3{PBase{8}, 0}
	fmt.Println(st)
	fmt.Println([]Outer{{Base{1}, 1}}, map[string]Outer{"k": {}})
}
