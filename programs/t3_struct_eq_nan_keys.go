package main

import (
	"fmt"
	"math"
)

type P struct {
	A int8
	B float64
	C bool
	D string
	E [2]float32
}

type K struct {
	X float64
	S string
}

func main() {
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	p1 := P{1, 0, true, "s", [2]float32{1, 2}}
	p2 := P{1, negz, true, "s", [2]float32{1, 2}}
	fmt.Println(p1 == p2)
	p3 := p1
	p3.B = nan
	fmt.Println(p3 == p3, p3 != p3)
	arr := [3]float64{1, nan, 3}
	fmt.Println(arr == arr)
	var i1, i2 interface{} = p1, p2
	fmt.Println(i1 == i2)
	m := map[K]int{}
	m[K{nan, "a"}] = 1
	m[K{nan, "a"}] = 2
	m[K{0, "z"}] = 3
	m[K{negz, "z"}] = 4
	fmt.Println(len(m), m[K{0, "z"}])
	mi := map[interface{}]string{}
	mi[nan] = "n1"
	mi[nan] = "n2"
	mi[0.0] = "zero"
	mi[negz] = "negzero"
	mi[int64(0)] = "int64"
	fmt.Println(len(mi), mi[0.0], mi[int64(0)])
	cnt := 0
	for k, v := range m {
		if k.X != k.X {
			cnt += v
		}
	}
	fmt.Println(cnt)
	delete(m, K{nan, "a"})
	fmt.Println(len(m))
	type Q struct {
		a [0]int
		b struct{}
		c int
	}
	fmt.Println(Q{c: 1} == Q{c: 1}, Q{} == Q{c: 0})
	fmt.Println(math.Inf(1) == math.Inf(1), -negz, 1/negz)
}
