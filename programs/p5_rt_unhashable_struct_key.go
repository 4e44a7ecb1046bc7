package main

import "fmt"

type K struct {
	Name string
	Tags []string
}

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m["s"] = 2
	fmt.Println(len(m))
	m[K{Name: "x"}] = 3
}
