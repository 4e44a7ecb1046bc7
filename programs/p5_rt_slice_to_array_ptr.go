package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[3]int)(s)
	p[0] = 9
	fmt.Println(s, *p)
	q := (*[0]int)(s[:0])
	fmt.Println(len(q))
	t := s[:2]
	_ = (*[4]int)(t)
}
