package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 8, -1, 9, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 8), sort.SearchInts(ints, 3))
	strs := []string{"pear", "Apple", "fig", "banana"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people[0], people[len(people)-1].Age)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool {
		if people[i].Age != people[j].Age {
			return people[i].Age > people[j].Age
		}
		return people[i].Name < people[j].Name
	})
	fmt.Printf("%+v\n", people)

	words := strings.Fields("the cat sat on the mat with the hat")
	count := map[string]int{}
	for _, w := range words {
		count[w]++
	}
	type wc struct {
		w string
		c int
	}
	var wcs []wc
	for w, c := range count {
		wcs = append(wcs, wc{w, c})
	}
	sort.Slice(wcs, func(i, j int) bool {
		if wcs[i].c != wcs[j].c {
			return wcs[i].c > wcs[j].c
		}
		return wcs[i].w < wcs[j].w
	})
	fmt.Println(wcs)
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
	rs := []rune("sorting")
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	fmt.Println(string(rs))
	byLen := []string{"ccc", "a", "bb", "dd", "e"}
	sort.SliceStable(byLen, func(i, j int) bool { return len(byLen[i]) < len(byLen[j]) })
	fmt.Println(byLen)
	sort.Sort(sort.Reverse(sort.StringSlice(byLen)))
	fmt.Println(byLen, sort.StringsAreSorted(byLen))
	matrix := [][]int{{3, 1}, {1, 2}, {2, 0}, {1, 1}}
	sort.Slice(matrix, func(i, j int) bool {
		if matrix[i][0] != matrix[j][0] {
			return matrix[i][0] < matrix[j][0]
		}
		return matrix[i][1] < matrix[j][1]
	})
	fmt.Println(matrix)
}
