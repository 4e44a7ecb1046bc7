package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"alice": 31, "bob": 25, "carol": 40, "dave": 19}
	names := make([]string, 0, len(ages))
	for name := range ages {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, ages[n])
	}
	total := 0
	for _, a := range ages {
		total += a
	}
	fmt.Println(total)
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i%37] += i
	}
	keys := []int{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(len(keys), keys[:5], m[0], m[36])
}
