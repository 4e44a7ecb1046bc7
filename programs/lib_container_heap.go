package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

// A priority queue with index tracking (the container/heap example).
type Item struct {
	value    string
	priority int
	index    int
}
type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	item := x.(*Item)
	item.index = len(*pq)
	*pq = append(*pq, item)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}

// A heap that logs every call, to show the call order matches Go's.
type logHeap struct {
	a   []int
	log []string
}

func (h *logHeap) Len() int { h.log = append(h.log, "L"); return len(h.a) }
func (h *logHeap) Less(i, j int) bool {
	h.log = append(h.log, fmt.Sprintf("<%d,%d", i, j))
	return h.a[i] < h.a[j]
}
func (h *logHeap) Swap(i, j int) {
	h.log = append(h.log, fmt.Sprintf("s%d,%d", i, j))
	h.a[i], h.a[j] = h.a[j], h.a[i]
}
func (h *logHeap) Push(x any) { h.log = append(h.log, "push"); h.a = append(h.a, x.(int)) }
func (h *logHeap) Pop() any {
	h.log = append(h.log, "pop")
	x := h.a[len(h.a)-1]
	h.a = h.a[:len(h.a)-1]
	return x
}

type panicky struct{ IntHeap }

func (p *panicky) Less(i, j int) bool { panic(fmt.Sprint("less ", i, j)) }

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3}
	heap.Init(h)
	heap.Push(h, 0)
	heap.Push(h, 7)
	fmt.Println("min:", (*h)[0], *h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	names := []string{"banana", "apple", "pear"}
	pq := make(PQ, len(items))
	for i, name := range names {
		pq[i] = &Item{value: name, priority: items[name], index: i}
	}
	heap.Init(&pq)
	item := &Item{value: "orange", priority: 1}
	heap.Push(&pq, item)
	item.priority = 5
	heap.Fix(&pq, item.index)
	removed := heap.Remove(&pq, 2).(*Item)
	fmt.Println("removed", removed.value, removed.index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s ", it.priority, it.value)
	}
	fmt.Println()

	lh := &logHeap{a: []int{9, 4, 7, 1, 8, 2, 6, 3, 5}}
	heap.Init(lh)
	heap.Push(lh, 0)
	heap.Pop(lh)
	heap.Remove(lh, 3)
	lh.a[2] = 100
	heap.Fix(lh, 2)
	fmt.Println(lh.a)
	fmt.Println(strings.Join(lh.log, " "))

	// Heap sort by hand, checked against sort.Ints.
	data := []int{}
	x := 12345
	for i := 0; i < 200; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		data = append(data, x%1000)
	}
	hh := IntHeap(append([]int(nil), data...))
	heap.Init(&hh)
	var out []int
	for hh.Len() > 0 {
		out = append(out, heap.Pop(&hh).(int))
	}
	sort.Ints(data)
	fmt.Println(fmt.Sprint(out) == fmt.Sprint(data), out[:10], out[190:])

	defer func() { fmt.Println("recovered:", recover()) }()
	p := &panicky{IntHeap{3, 1, 2}}
	heap.Init(p)
}
