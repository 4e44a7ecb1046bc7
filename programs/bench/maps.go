package main

import "fmt"

// Map insert, lookup, update and delete on int keys.
func main() {
	const n = 1000000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7919%n] = i
	}
	sum := 0
	for r := 0; r < 3; r++ {
		for i := 0; i < n; i++ {
			sum += m[i]
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, i)
	}
	for i := 0; i < n; i++ {
		if v, ok := m[i]; ok {
			sum -= v
		}
	}
	fmt.Println(len(m), sum)
}
