package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Circle struct{ R float64 }

func (c *Circle) Area() float64      { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }
func (c *Circle) Scale(f float64)    { c.R *= f }

type Scaler interface{ Scale(float64) }

type Counter int

func (c *Counter) Inc()          { *c++ }
func (c Counter) String() string { return fmt.Sprintf("Counter<%d>", int(c)) }

func total(shapes ...Shape) (sum float64) {
	for _, s := range shapes {
		sum += s.Area()
	}
	return
}

func main() {
	r := Rect{3, 4}
	c := &Circle{2}
	shapes := []Shape{r, &r, c, Rect{1, 1}}
	for i, s := range shapes {
		fmt.Printf("%d %T %.1f %.1f\n", i, s, s.Area(), s.Perimeter())
	}
	fmt.Println(total(shapes...))
	fmt.Println(total())

	var sc Scaler = c
	sc.Scale(2)
	fmt.Println(c.R, shapes[2].Area())

	if _, ok := interface{}(r).(Scaler); !ok {
		fmt.Println("Rect is not a Scaler")
	}
	if s, ok := shapes[2].(Scaler); ok {
		s.Scale(0.5)
		fmt.Println("scaled", c.R)
	}

	var cnt Counter
	cnt.Inc()
	cnt.Inc()
	fmt.Println(cnt)
	var st fmt.Stringer = cnt
	cnt.Inc()
	fmt.Println(st, cnt)
	st = &cnt
	cnt.Inc()
	fmt.Println(st, cnt)
	fmt.Printf("%v %d %s\n", cnt, cnt, &cnt)

	// comparisons of interfaces holding pointers and values
	var a, b Shape = r, Rect{3, 4}
	fmt.Println(a == b, a != Shape(Rect{4, 3}))
	var p1, p2 Shape = c, c
	fmt.Println(p1 == p2, p1 == Shape(&Circle{c.R}))

	// nil pointer in interface
	var nc *Circle
	var ns Shape = nc
	fmt.Println(ns == nil, nc == nil)
	fmt.Printf("%T %v\n", ns, ns)
}
