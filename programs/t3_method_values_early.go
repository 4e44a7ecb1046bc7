package main

import (
	"fmt"
	"strings"
)

type Acc struct {
	name  string
	total int
}

func (a Acc) Report() string  { return fmt.Sprintf("%s=%d", a.name, a.total) }
func (a *Acc) Add(n int) *Acc { a.total += n; return a }

type Greeter string

func (g Greeter) Greet(who string) string { return string(g) + ", " + who }

type Calculator struct{ ops []string }

func (c *Calculator) Do(op string, a, b int) int {
	c.ops = append(c.ops, op)
	switch op {
	case "+":
		return a + b
	case "-":
		return a - b
	}
	return 0
}

func apply(f func(int) *Acc, xs ...int) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	a := Acc{"a", 1}
	rep := a.Report // receiver copied now
	add := a.Add    // &a bound now
	a.total = 50
	add(5)
	fmt.Println(rep(), a.Report())

	p := &a
	rep2 := p.Report // *p copied now
	p.total = 0
	fmt.Println(rep2(), p.Report())

	apply(a.Add, 1, 2, 3)
	fmt.Println(a.total)
	a.Add(10).Add(20)
	fmt.Println(a.Report())

	g := Greeter("Hello")
	greet := g.Greet
	g = "Bye"
	fmt.Println(greet("Ann"), g.Greet("Ann"))

	fexpr := Greeter.Greet
	fmt.Println(fexpr("Hi", "Bo"))
	pexpr := (*Acc).Add
	pexpr(&a, 1000)
	fmt.Println(Acc.Report(a))

	var c Calculator
	do := c.Do
	fmt.Println(do("+", 2, 3), do("-", 2, 3), do("*", 1, 1))
	fmt.Println(c.ops)

	// method values in a slice
	accs := []*Acc{{"x", 0}, {"y", 0}}
	var adders []func(int) *Acc
	for _, ac := range accs {
		adders = append(adders, ac.Add)
	}
	for i, f := range adders {
		f(i + 1)
		f(i + 1)
	}
	for _, ac := range accs {
		fmt.Print(ac.Report(), " ")
	}
	fmt.Println()

	// method value of std-lib type
	var sb strings.Builder
	w := sb.WriteString
	w("abc")
	w("def")
	fmt.Println(sb.String(), sb.Len())
	up := strings.ToUpper
	fmt.Println(up("mixed Case"))
	fmt.Printf("%T\n", fexpr)
	fmt.Printf("%T\n", pexpr)
}
