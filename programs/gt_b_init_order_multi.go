package main

import "fmt"

var trace []string

func pair(tag string) (int, int) {
	trace = append(trace, tag)
	return len(tag), len(tag) * 2
}

var c = b + 100
var a, b = pair("ab")
var d = b + 1
var e, f = pair("efg")
var q = c*2 + f

func main() {
	fmt.Println(a, b, c, d, e, f, q)
	fmt.Println(trace)
}
