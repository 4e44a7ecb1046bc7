package main

import (
	"fmt"
	"io"
	"runtime"
)

type I interface{ M() }
type J interface {
	M()
	N()
}
type T struct{}

func (T) M() {}

type PT struct{}

func (*PT) M() {}

type Named int

func try(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Printf("%s: runtime.Error %T: %s\n", name, re, re.Error())
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	var e interface{} = "str"
	var i I = T{}
	var nilI I
	var nilE interface{}
	try("E to concrete", func() { _ = e.(int) })
	try("E to named", func() { _ = e.(Named) })
	try("E to iface missing", func() { _ = e.(I) })
	try("I to concrete", func() { _ = i.(*T) })
	try("I to iface missing", func() { _ = i.(J) })
	try("nil I to concrete", func() { _ = nilI.(T) })
	try("nil I to iface", func() { _ = nilI.(J) })
	try("nil E to iface", func() { _ = nilE.(fmt.Stringer) })
	try("nil E to concrete", func() { _ = nilE.(string) })
	try("value misses ptr method", func() { var x interface{} = PT{}; _ = x.(I) })
	try("E to io.Reader", func() { _ = e.(io.Reader) })
	try("slice type", func() { var x interface{} = []int{1}; _ = x.([]string) })
	try("map type", func() { var x interface{} = map[string]int{}; _ = x.(map[string]bool) })
	try("func type", func() { var x interface{} = func() {}; _ = x.(func(int)) })
	try("ptr type", func() { var x interface{} = &T{}; _ = x.(T) })
	try("anon struct", func() { var x interface{} = struct{ A int }{1}; _ = x.(struct{ B int }) })
	try("error iface", func() { var x interface{} = 3; _ = x.(error) })
	v, ok := e.(int)
	fmt.Println("comma ok:", v, ok)
}
