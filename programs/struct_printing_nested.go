package main

import "fmt"

type Inner struct {
	A int
	B []string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	M     map[string]int
	Iface interface{}
}

func main() {
	o := Outer{Name: "o", In: Inner{1, []string{"x", "y"}}, M: map[string]int{"k": 1}}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	o.Iface = 3.5
	fmt.Printf("%v\n", o.Iface)
	var np *Inner
	fmt.Println(np)
	fmt.Printf("%v %+v\n", []Inner{{2, nil}}, [2]bool{true})
	fmt.Printf("%#v\n", Inner{3, []string{"z"}})
	fmt.Printf("%v\n", struct{}{})
}
