package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Base struct {
	ID   int
	Name string
}

func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Describe() string  { return fmt.Sprint("base ", b.ID, " ", b.Name) }

type Derived struct {
	Base
	*Point
	Tags []string
}

type Key [2]int

type Inner struct {
	A []int
	M map[string]int
	P *int
	E error
	I interface{}
}

type Wrap struct {
	In  Inner
	Arr [2]Point
	F   func()
}

func main() {
	d := Derived{Base{1, "one"}, &Point{2, 3}, []string{"t"}}
	d.Rename("uno")
	fmt.Println(d.ID, d.Name, d.X, d.Describe(), d.String())
	f := d.Rename
	f("eins")
	g := d.Describe
	d.ID = 9
	fmt.Println(d.Name, g())
	fmt.Printf("%v|%+v\n", d.Base, d.Base)
	m := map[Key]string{{1, 2}: "a", {3, 4}: "b"}
	m[Key{1, 2}] += "!"
	fmt.Println(m, m[Key{3, 4}], len(m))
	ma := map[[2]string]int{{"x", "y"}: 1}
	ma[[2]string{"x", "y"}]++
	fmt.Println(ma)
	v := 7
	w := Wrap{In: Inner{A: []int{1}, M: map[string]int{"k": 1}, E: errors.New("bad"), I: Point{1, 1}}, Arr: [2]Point{{1, 2}}}
	w.In.P = nil
	fmt.Printf("%v\n%+v\n", w.In.A, w.Arr)
	fmt.Printf("%#v\n", w.Arr)
	fmt.Printf("%#v\n", []interface{}{1, "s", nil, Key{1, 2}, &v == nil, []Point{{1, 2}}})
	fmt.Printf("%#v %#v\n", Base{1, "x"}, map[string]Key{"a": {1}})
	fmt.Printf("%T %T %T %T\n", w, &d, m, w.F)
	var np *Point
	var ni interface{}
	var ne error
	fmt.Printf("%v %v %v %+v %#v\n", np == nil, ni, ne, ni, ni)
	pts := []*Point{{1, 2}}
	fmt.Println(pts[0], []Point{{5, 6}}, map[string]Point{"a": {7, 8}}, [1]Point{{9, 9}})
	errs := []error{errors.New("e1"), fmt.Errorf("wrap: %w", errors.New("e2"))}
	fmt.Println(errs, struct{ E error }{errs[0]})
}
