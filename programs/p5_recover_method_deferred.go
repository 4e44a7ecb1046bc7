package main

import "fmt"

type Guard struct{ name string }

func (g Guard) Recover() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "recovered:", r)
	}
}

func (g *Guard) PRecover() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "ptr recovered:", r)
	}
}

type Recoverer interface{ Recover() }

func direct() {
	g := Guard{"direct"}
	defer g.Recover()
	panic(1)
}

func ptr() {
	g := &Guard{"ptr"}
	defer g.PRecover()
	panic(2)
}

func methodValue() {
	f := Guard{"method value"}.Recover
	defer f()
	panic(3)
}

func viaIface() {
	var r Recoverer = Guard{"iface"}
	defer r.Recover()
	panic(4)
}

func methodExpr() {
	defer Guard.Recover(Guard{"method expr"})
	panic(5)
}

func main() {
	direct()
	ptr()
	methodValue()
	viaIface()
	methodExpr()
	fmt.Println("all recovered")
}
