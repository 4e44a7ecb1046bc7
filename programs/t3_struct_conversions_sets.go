package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string `json:"name"`
	Age  int    `json:"age"`
}

type Employee struct {
	Name string
	Age  int
}

type Row = struct {
	K string
	V int
}

func collect(m map[string]int) []Row {
	var rows []Row
	for k, v := range m {
		rows = append(rows, struct {
			K string
			V int
		}{k, v})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].K < rows[j].K })
	return rows
}

type Celsius float64
type Temps []Celsius

func (t Temps) Max() (m Celsius) {
	for i, v := range t {
		if i == 0 || v > m {
			m = v
		}
	}
	return
}

type StrSet map[string]struct{}

func (s StrSet) Add(xs ...string) StrSet {
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s StrSet) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func main() {
	p := Person{"Ann", 30}
	e := Employee(p)
	e.Age++
	fmt.Println(p, e, Person(e) == p)
	fmt.Printf("%+v %T\n", collect(map[string]int{"b": 2, "a": 1}), collect(nil))
	t := Temps{21.5, 30, 18}
	fmt.Println(t.Max(), Temps(nil).Max(), len(t))
	s := StrSet{}.Add("x", "a", "x").Add("m")
	fmt.Println(s.Sorted(), len(s))
	var arr1, arr2 [2]interface{}
	arr1[0], arr2[0] = 1, 1
	arr1[1], arr2[1] = "s", "s"
	fmt.Println(arr1 == arr2)
	var i1, i2 interface{} = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(i1 == i2)
	anon := []struct{ X, Y int }{{1, 2}, {3, 4}}
	type P struct{ X, Y int }
	ps := make([]P, len(anon))
	for i, a := range anon {
		ps[i] = P(a)
	}
	fmt.Println(ps, anon[1] == struct{ X, Y int }{3, 4})
	words := strings.Fields("b a c a b a")
	freq := make(map[string]int)
	for _, w := range words {
		freq[w]++
	}
	type wf struct {
		w string
		n int
	}
	var list []wf
	for w, n := range freq {
		list = append(list, wf{w, n})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].n > list[j].n || list[i].n == list[j].n && list[i].w < list[j].w })
	fmt.Println(list)
	type Celsius2 = Celsius
	var c2 Celsius2 = 5
	fmt.Printf("%T %v\n", c2, c2)
}
