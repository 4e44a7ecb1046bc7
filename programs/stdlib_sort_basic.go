package main

import (
	"fmt"
	"math"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	ints := []int{5, 2, 8, -1, 9, 3, 3, 0, 7, 100, -50, 42, 11, 6, 4}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "apple", "fig", "banana", "Cherry", ""}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))
	fl := []float64{3.5, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), 2}
	sort.Float64s(fl)
	fmt.Println(fl)
	// Ties: the unstable order of equal keys must match Go's pdqsort.
	var people []person
	for i := 0; i < 60; i++ {
		people = append(people, person{fmt.Sprintf("p%d", i), (i * 7) % 5})
	}
	ps := append([]person(nil), people...)
	sort.Slice(ps, func(i, j int) bool { return ps[i].age < ps[j].age })
	fmt.Println(ps)
	ps2 := append([]person(nil), people...)
	sort.SliceStable(ps2, func(i, j int) bool { return ps2[i].age < ps2[j].age })
	fmt.Println(ps2)
	ps3 := append([]person(nil), people[:30]...)
	sort.Sort(byAge(ps3))
	fmt.Println(ps3)
	ps4 := append([]person(nil), people[:45]...)
	sort.Stable(byAge(ps4))
	fmt.Println(ps4, sort.IsSorted(byAge(ps4)))
	// Descending input, many duplicates, larger sizes.
	big := make([]int, 300)
	for i := range big {
		big[i] = (i * 7919) % 97
	}
	idx := make([]int, len(big))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return big[idx[a]]/10 < big[idx[b]]/10 })
	fmt.Println(idx)
	desc := make([]int, 100)
	for i := range desc {
		desc[i] = 100 - i
	}
	sort.Slice(desc, func(a, b int) bool { return desc[a]/3 < desc[b]/3 })
	fmt.Println(desc)
	fmt.Println(sort.SliceIsSorted(desc, func(a, b int) bool { return desc[a] < desc[b] }))
	fmt.Println(sort.SearchInts([]int{1, 3, 5, 7}, 5), sort.SearchInts([]int{1, 3, 5, 7}, 4), sort.SearchStrings([]string{"a", "c"}, "b"))
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
}
