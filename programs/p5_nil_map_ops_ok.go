package main

import "fmt"

func main() {
	var m map[string][]int
	fmt.Println(m["x"], len(m), m == nil)
	delete(m, "x")
	for k := range m {
		fmt.Println(k)
	}
	v, ok := m["y"]
	fmt.Println(v, ok)
	var s []int
	fmt.Println(s[:0], len(s[0:0]), cap(s))
	var p *[0]int
	fmt.Println(len(p))
	var ch chan int
	select {
	case v := <-ch:
		fmt.Println(v)
	default:
		fmt.Println("nil chan never ready")
	}
	m["z"] = append(m["z"], 1)
}
