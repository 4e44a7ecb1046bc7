package main

import "fmt"

type Point struct{ X, Y int }
type Line struct{ A, B Point }
type Named struct {
	Name string
	Pos  Point
	Arr  [2]int
}

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type MyPoint Point

func main() {
	p1 := Point{1, 2}
	p2 := Point{Y: 2, X: 1}
	p3 := p1
	p3.X = 9
	fmt.Println(p1 == p2, p1 == p3, p1 != p3)
	l1 := Line{p1, p2}
	l2 := Line{B: p2, A: p1}
	fmt.Println(l1 == l2, l1)
	n1 := Named{"n", p1, [2]int{1, 2}}
	n2 := n1
	n2.Arr[1] = 5
	fmt.Println(n1 == n2, n1, n2)

	anon := struct {
		Name string
		Age  int
	}{"Zed", 40}
	fmt.Println(anon, anon.Name)
	fmt.Printf("%+v %T\n", anon, anon)
	anon2 := struct {
		Name string
		Age  int
	}{"Zed", 40}
	fmt.Println(anon == anon2)

	people := []struct {
		Name string
		Age  int
	}{{"A", 1}, {"B", 2}}
	for _, pp := range people {
		fmt.Print(pp.Name, pp.Age, ";")
	}
	fmt.Println()

	var mp MyPoint = MyPoint(p1)
	fmt.Println(mp, Point(mp) == p1)
	fmt.Printf("%T %v\n", mp, mp)

	c := Celsius(100)
	fmt.Println(CToF(c), CToF(-40))
	fmt.Printf("%T %.1f\n", CToF(37), CToF(37))

	// arrays are values
	arr := [3]Point{{1, 1}, {2, 2}}
	arr2 := arr
	arr2[0].X = 100
	fmt.Println(arr, arr2, arr == arr2)
	parr := &arr
	parr[2].Y = 7
	fmt.Println(arr[2], len(parr))
	for i := range parr {
		parr[i].X *= 10
	}
	fmt.Println(arr)

	// keyed array literal
	vowels := [...]bool{'a': true, 'e': true, 'i': true, 'o': true, 'u': true}
	fmt.Println(len(vowels), vowels['e'], vowels['b'])
	idx := [...]string{2: "two", 5: "five", "six"}
	fmt.Printf("%q %d\n", idx, len(idx))

	// struct with embedded pointer and zero values
	type node struct {
		val  int
		next *node
	}
	var zero node
	fmt.Println(zero.val, zero.next == nil)
	fmt.Printf("%+v\n", zero)
	list := &node{1, &node{2, &node{3, nil}}}
	for n := list; n != nil; n = n.next {
		fmt.Print(n.val)
	}
	fmt.Println()

	// comparing with interface holding struct
	var i1 interface{} = p1
	var i2 interface{} = Point{1, 2}
	fmt.Println(i1 == i2, i1 == interface{}(MyPoint{1, 2}))
	pp := &p1
	pp.X = 50
	fmt.Println(p1, *pp, pp.X == p1.X)
}
