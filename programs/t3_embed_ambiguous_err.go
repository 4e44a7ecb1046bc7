package main

import "fmt"

type A struct{ Name string }

func (A) Hello() string { return "A" }

type B struct{ Name string }

func (B) Hello() string { return "B" }

type C struct {
	A
	B
}

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Incer interface{ Inc() }

func main() {
	var c C
	fmt.Println(c.Name)    // ERROR "ambiguous selector c.Name"
	fmt.Println(c.Hello()) // ERROR "ambiguous selector c.Hello"
	var i Incer = Counter{} // ERROR "cannot use Counter{} \(value of type Counter\) as type Incer in variable declaration"
	_ = i
}
