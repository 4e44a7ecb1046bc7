package main

import "fmt"

type Counter struct {
	n int
}

func (c *Counter) increment() { c.n++ }

func main() {
	c := Counter{}
	c.Increment()
	fmt.Println(c.n)
}
