package main

import "fmt"

type Big struct {
	data [64]int
	next *Big
}

func makeChain(n int) *Big {
	var head *Big
	for i := 0; i < n; i++ {
		b := &Big{next: head}
		b.data[0] = i
		head = b
	}
	return head
}

func addrOfLocal() *int {
	x := 42
	return &x
}

func main() {
	total := 0
	for round := 0; round < 50; round++ {
		for b := makeChain(1000); b != nil; b = b.next {
			total += b.data[0]
		}
	}
	fmt.Println(total)
	p := addrOfLocal()
	q := addrOfLocal()
	*p = 1
	fmt.Println(*p, *q, p != q)
	s := make([]*int, 0)
	for i := 0; i < 5; i++ {
		v := i
		s = append(s, &v)
	}
	for _, ptr := range s {
		fmt.Print(*ptr)
	}
	fmt.Println()
}
