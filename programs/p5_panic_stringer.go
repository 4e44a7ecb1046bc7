package main

import "fmt"

type P struct{ X, Y int }

func (p P) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

func main() {
	panic(P{1, 2})
}
