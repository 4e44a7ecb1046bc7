package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	p := &arr
	i := 2
	fmt.Println(p[i], len(p))
	var q *[3]int
	fmt.Println(len(q))
	for i := range q {
		fmt.Print(i, " ")
	}
	fmt.Println()
	fmt.Println(q[i])
}
