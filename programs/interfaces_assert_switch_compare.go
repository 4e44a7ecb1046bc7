package main

import (
	"fmt"
)

type Shape interface {
	Area() float64
}
type Named interface {
	Name() string
}
type Sq struct{ S float64 }

func (s Sq) Area() float64  { return s.S * s.S }
func (s Sq) Name() string    { return "sq" }

type Circ struct{ R float64 }

func (c *Circ) Area() float64 { return 3 * c.R * c.R }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("int-ish %v", v)
	case string:
		return "string " + v
	case Named:
		return "named " + v.Name()
	case Shape:
		return fmt.Sprint("shape ", v.Area())
	case []int:
		return fmt.Sprint("slice ", len(v))
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	var e interface{} = 42
	i := e.(int)
	fmt.Println(i)
	s, ok := e.(string)
	fmt.Printf("%q %v\n", s, ok)
	var sh Shape = Sq{2}
	n, ok := sh.(Named)
	fmt.Println(n.Name(), ok)
	sh = &Circ{1}
	_, ok = sh.(Named)
	fmt.Println(ok)
	c := sh.(*Circ)
	fmt.Println(c.R)
	var x interface{} = sh
	if s2, ok := x.(Shape); ok {
		fmt.Println("shape", s2.Area())
	}
	for _, v := range []interface{}{nil, 1, int64(2), "s", Sq{1}, &Circ{2}, []int{1, 2}, fmt.Errorf("boom"), 3.5, struct{}{}} {
		fmt.Println(describe(v))
	}
	var a, b interface{} = "x", "x"
	fmt.Println(a == b, a != b, a == interface{}(1))
	var s1, s2 Shape = Sq{1}, Sq{1}
	fmt.Println(s1 == s2, s1 != Sq{2})
	type P struct {
		A string
		B interface{}
	}
	fmt.Println(P{"a", 1} == P{"a", 1}, P{"a", 1} == P{"a", "1"}, [2]string{"a", "b"} == [2]string{"a", "b"})
	var nm Named = Sq{3}
	var sh2 Shape = nm.(Shape)
	fmt.Println(sh2.Area())
	var any interface{} = nm
	fmt.Println(any.(Sq).S)
}
