package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type T struct{ name string }

func (t *T) String() string { return "T(" + t.name + ")" }

type Bad struct{}

func (Bad) String() string { panic("bad stringer") }

type E struct{}

func (E) Error() string { panic(errors.New("err in Error")) }

func sortPanics() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	s := []int{3, 1, 2}
	sort.Slice(s, func(i, j int) bool {
		if s[i] == 2 {
			panic("less panicked")
		}
		return s[i] < s[j]
	})
	return nil
}

func oncePanics(o *sync.Once) (r interface{}) {
	defer func() { r = recover() }()
	o.Do(func() { panic("once") })
	return nil
}

func mapPanics() (r interface{}) {
	defer func() { r = recover() }()
	strings.Map(func(r rune) rune {
		var a []int
		return rune(a[5])
	}, "abc")
	return nil
}

func main() {
	var t *T
	fmt.Println(t)
	fmt.Printf("%v|%s|%d\n", t, t, t)
	fmt.Println(Bad{})
	fmt.Printf("[%5v]\n", Bad{})
	fmt.Println(E{})
	fmt.Println(sortPanics())
	var o sync.Once
	fmt.Println(oncePanics(&o))
	n := 0
	o.Do(func() { n++ })
	fmt.Println("n", n)
	fmt.Println(mapPanics())
	func() {
		defer func() { fmt.Println("deferred in main func", recover()) }()
		sort.Slice([]int{1, 2}, func(i, j int) bool { panic(fmt.Sprint("nested ", i, j)) })
	}()
	s := []string{"b", "a"}
	sort.Slice(s, func(i, j int) bool {
		defer func() { recover() }()
		panic("inner recovered")
	})
	fmt.Println(s)
	defer fmt.Println("main deferred runs")
	sort.Slice([]int{1, 2}, func(i, j int) bool { var m map[string]int; m["x"] = 1; return true })
}
