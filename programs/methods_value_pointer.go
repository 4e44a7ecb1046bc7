package main

import "fmt"

type Counter struct {
	n int
}

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c.Value())
	p := &c
	p.Inc()
	fmt.Println(p.Value(), c.n)
	f := c.Value
	c.Inc()
	fmt.Println(f(), c.Value())
	g := (*Counter).Inc
	g(&c)
	fmt.Println(c.n)
	fmt.Println(Celsius(100).Fahrenheit())
	fmt.Println(IntList{1, 2, 3}.Sum())
}
