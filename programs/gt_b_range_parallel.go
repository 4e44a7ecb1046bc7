package main

import "fmt"

func main() {
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)

	var a [4]rune
	j := 3
	for j, a[j] = range "héllo" {
		if j > 0 {
			break
		}
	}
	fmt.Println(j, a)

	arr := [3]string{"p", "q", "r"}
	m := map[int]string{}
	k := 7
	for k, m[k] = range arr {
	}
	fmt.Println(k, len(m), m[7], m[0], m[1])
}
