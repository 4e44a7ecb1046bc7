package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["one"]
	fmt.Println(v, ok)
	_, ok = m["zero"]
	fmt.Println(ok)
	delete(m, "one")
	delete(m, "nope")
	fmt.Println(len(m))
	fmt.Println(m)
	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	counts := make(map[rune]int)
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts['s'], counts['i'], counts['p'], counts['m'], len(counts))
	type key struct{ a, b int }
	km := map[key]string{{1, 2}: "x"}
	km[key{3, 4}] = "y"
	fmt.Println(km[key{1, 2}], km[key{3, 4}], len(km))
}
