package main

import "fmt"

var table = build()

func build() map[string]int {
	fmt.Println("building table")
	return map[string]int{"a": 1}
}

func init() {
	fmt.Println("init runs, table has", len(table))
	defer fmt.Println("init's deferred call runs")
	var keys []string
	_ = keys[len(table)]
}

func main() {
	fmt.Println("main never runs")
}
