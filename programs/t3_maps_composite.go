package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Employee struct {
	Name   string
	Salary int
	Tags   []string
}

func main() {
	// map of structs: must reassign to modify
	staff := map[string]Employee{
		"bob":   {"Bob", 100, nil},
		"alice": {"Alice", 200, []string{"lead"}},
	}
	e := staff["bob"]
	e.Salary += 50
	staff["bob"] = e
	fmt.Println(staff)
	fmt.Printf("%+v\n", staff["alice"])

	// map of pointers to structs
	ptrs := map[int]*Employee{}
	for i, n := range []string{"x", "y", "z"} {
		ptrs[i] = &Employee{Name: n, Salary: i * 10}
	}
	ptrs[1].Salary = 999
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], len(ptrs))

	// map of slices
	groups := map[string][]int{}
	for i := 0; i < 10; i++ {
		k := "odd"
		if i%2 == 0 {
			k = "even"
		}
		groups[k] = append(groups[k], i)
	}
	fmt.Println(groups)

	// map of maps
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(nested, len(nested["x"]), nested["q"]["r"])

	// struct keys and array keys
	visited := map[Point]bool{}
	visited[Point{1, 2}] = true
	visited[Point{2, 1}] = true
	fmt.Println(visited[Point{1, 2}], visited[Point{3, 3}], len(visited))
	arrKey := map[[2]string]int{{"a", "b"}: 1, {"b", "a"}: 2}
	arrKey[[2]string{"a", "b"}] += 10
	fmt.Println(arrKey)

	// interface keys
	ik := map[interface{}]string{1: "int", "1": "string", 1.0: "float", Point{1, 1}: "point", true: "bool"}
	fmt.Println(ik[1], ik["1"], ik[1.0], ik[Point{1, 1}], ik[true], len(ik))
	var int8one int8 = 1
	_, ok := ik[int8one]
	fmt.Println(ok)

	// comma-ok and delete
	m := map[string]int{"a": 1}
	v, ok := m["a"]
	fmt.Println(v, ok)
	delete(m, "a")
	delete(m, "nothing")
	v, ok = m["a"]
	fmt.Println(v, ok, len(m))

	// sorted iteration
	counts := map[string]int{"pear": 3, "apple": 5, "fig": 5, "kiwi": 1}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Printf("%-6s|%3d|\n", k, counts[k])
	}
	fmt.Printf("%v %d\n", map[Point]string{{2, 1}: "b", {1, 9}: "a", {1, 2}: "c"}, len(counts))

	var nm map[string]int
	fmt.Println(nm == nil, nm["x"], len(nm))
	for range nm {
		fmt.Println("never")
	}
}
