package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] += 5
	m["a"]++
	m["c"] -= 2
	fmt.Println(len(m), m["a"], m["b"], m["c"], m["zz"])
	v, ok := m["b"]
	fmt.Println(v, ok)
	v, ok = m["q"]
	fmt.Println(v, ok)
	_, ok2 := m["a"]
	fmt.Println(ok2)
	delete(m, "a")
	delete(m, "nothing")
	fmt.Println(len(m), m)
	sum := 0
	for k, v := range m {
		sum += v + len(k)
	}
	fmt.Println(sum)
	var nm map[string]int
	fmt.Println(nm["x"], len(nm), nm == nil, nm)
	delete(nm, "x")
	for range nm {
		fmt.Println("never")
	}
	pm := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	pm[Point{5, 6}] = "c"
	fmt.Println(pm[Point{3, 4}], len(pm), pm)
	am := map[[2]int]bool{}
	am[[2]int{1, 2}] = true
	fmt.Println(am[[2]int{1, 2}], am[[2]int{2, 1}])
	im := map[interface{}]int{1: 1, "x": 2, 2.5: 3, Point{1, 1}: 4}
	fmt.Println(im[1], im["x"], im[2.5], im[Point{1, 1}], im[int64(1)])
	fm := map[float64]int{}
	nan := 0.0
	nan = nan / nan
	fm[nan] = 1
	fm[nan] = 2
	fmt.Println(len(fm), fm[nan])
	ms := map[string][]int{}
	ms["x"] = append(ms["x"], 1, 2)
	ms["x"] = append(ms["x"], 3)
	fmt.Println(ms)
	mm := map[string]map[string]int{}
	mm["a"] = map[string]int{"z": 26}
	mm["a"]["y"] = 25
	fmt.Println(mm)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	ctr := map[rune]int{}
	for _, r := range "hello world" {
		ctr[r]++
	}
	fmt.Println(ctr)
	fmt.Printf("%v %d %+v\n", ctr['l'], len(ctr), map[Point]int{{1, 2}: 3})
	type S struct {
		N int
		M map[string]int
	}
	s := S{M: map[string]int{"k": 1}}
	s.M["j"] = 2
	fmt.Printf("%+v %#v\n", s, map[string]int{"b": 2, "a": 1})
	big := map[int]int{}
	for i := 0; i < 1000; i++ {
		big[i] = i * i
	}
	for i := 0; i < 1000; i += 2 {
		delete(big, i)
	}
	t := 0
	for k, v := range big {
		t += k + v
	}
	fmt.Println(len(big), t)
	for k := range big {
		delete(big, k)
	}
	fmt.Println(len(big))
}
