package main

import "fmt"

type K struct {
	A interface{}
}

func main() {
	x := [2]interface{}{1, "a"}
	y := [2]interface{}{1, "a"}
	fmt.Println(x == y, K{1} == K{1}, K{"s"} == K{2})
	m := map[K]int{{1}: 1}
	fmt.Println(m[K{1}])
	a := [1]interface{}{map[int]int{}}
	b := [1]interface{}{map[int]int{}}
	fmt.Println(a == b)
}
