// gc_churn: allocates about 20 GB in total while keeping about 10 MB live;
// peak RSS shows whether the collector bounds memory.
package main

import (
	"fmt"
	"runtime"
)

type block struct {
	next *block
	data [120]byte
}

func main() {
	const liveBlocks = 10 << 20 / 128 // ~10 MB live in 128-byte objects
	ring := make([]*block, liveBlocks)
	const total = 20 << 30 / 128      // ~20 GB allocated in all
	sum := 0
	for i := 0; i < total; i++ {
		b := &block{}
		b.data[0] = byte(i)
		ring[i%liveBlocks] = b
		sum += int(b.data[0])
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(sum, m.NumGC > 0)
}
