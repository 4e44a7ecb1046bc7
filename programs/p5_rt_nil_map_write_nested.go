package main

import "fmt"

func main() {
	m := map[string]map[string]int{}
	m["a"] = map[string]int{"x": 1}
	fmt.Println(m["a"]["x"], m["b"]["x"], len(m["b"]))
	m["b"]["y"] = 2
}
