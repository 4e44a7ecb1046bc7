package main

import (
	"fmt"
	"math"
)

type K struct {
	A int
	B string
}

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

func main() {
	fmt.Println(map[int]string{-5: "neg", 3: "three", 0: "zero", 10: "ten"})
	fmt.Println(map[string]int{"b": 2, "a": 1, "B": 3, "": 0})
	fmt.Println(map[float64]string{2.5: "x", -1: "y", math.Inf(1): "inf", math.Inf(-1): "-inf"})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true})
	fmt.Println(map[interface{}]int{"s": 1, 2: 2, 1: 3, 1.5: 4, false: 5, "a": 6})
	fmt.Println(map[Level]string{3: "c", 1: "a", 2: "b"})
	fmt.Printf("%v\n", map[rune]bool{'b': true, 'a': false})
	fmt.Printf("%+v\n", map[string]K{"x": {1, "y"}})
	fmt.Printf("%#v\n", map[string]K{"x": {1, "y"}})
	fmt.Printf("%#v\n", map[int][]string{2: {"b"}, 1: nil})
	fmt.Printf("%d %x\n", map[string]int{"a": 10, "b": 255}, map[string]int{"a": 10, "b": 255})
	fmt.Printf("%s\n", map[string][]byte{"k": []byte("v")})
	fmt.Printf("%q\n", map[string]string{"k": "v"})
	fmt.Printf("%v %d\n", map[int8]uint8{-1: 1, 1: 2}, len(map[int]int{}))
	m := map[string]map[string]int{"outer": {"z": 1, "a": 2}, "first": {}}
	fmt.Println(m)
	fmt.Println(map[string]interface{}{"n": nil, "i": 1, "s": []int{1}, "m": map[string]int{"q": 1}})
	nan := math.NaN()
	nm := map[float64]int{nan: 1, 1: 2}
	nm[nan] = 3
	fmt.Println(len(nm), nm[1])
	_, ok := nm[nan]
	fmt.Println(ok)
	type pt struct{ X, Y float64 }
	fmt.Println(map[pt]string{{1, 2}: "a", {0, 5}: "b", {1, -2}: "c"})
	fmt.Println(map[*int]int{} == nil, map[string]int(nil) == nil)
	fmt.Printf("[%10v][%-12v]\n", map[int]int{1: 2}, map[int]int{3: 4})
}
