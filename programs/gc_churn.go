package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  [12]int64
}

// Allocates far more than it keeps: a ring of live lists replaced one at a
// time, so the collector must free the old ones for memory to stay bounded.
func main() {
	const slots = 64
	var live [slots]*node
	total := 0
	for i := 0; i < 200000; i++ {
		var head *node
		for j := 0; j < 4; j++ {
			head = &node{next: head}
			head.val[0] = int64(i + j)
		}
		live[i%slots] = head
		total += int(head.val[0])
	}
	sum := 0
	for _, h := range live {
		for n := h; n != nil; n = n.next {
			sum += int(n.val[0] % 7)
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(total, sum, m.NumGC > 0, m.HeapAlloc < 64<<20, m.Frees > 0)
}
