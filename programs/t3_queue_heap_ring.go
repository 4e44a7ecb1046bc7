package main

import "fmt"

type Queue[T any] struct {
	items []T
	head  int
}

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }
func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if q.head >= len(q.items) {
		return zero, false
	}
	v := q.items[q.head]
	q.head++
	return v, true
}
func (q *Queue[T]) Len() int { return len(q.items) - q.head }

type MinHeap struct{ data []int }

func (h *MinHeap) Push(v int) {
	h.data = append(h.data, v)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if h.data[p] <= h.data[i] {
			break
		}
		h.data[p], h.data[i] = h.data[i], h.data[p]
		i = p
	}
}

func (h *MinHeap) Pop() int {
	top := h.data[0]
	last := len(h.data) - 1
	h.data[0] = h.data[last]
	h.data = h.data[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.data) && h.data[l] < h.data[m] {
			m = l
		}
		if r < len(h.data) && h.data[r] < h.data[m] {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top
}

type Ring struct {
	buf        [4]string
	start, n   int
	overwrites int
}

func (r *Ring) Add(s string) {
	if r.n == len(r.buf) {
		r.buf[r.start] = s
		r.start = (r.start + 1) % len(r.buf)
		r.overwrites++
		return
	}
	r.buf[(r.start+r.n)%len(r.buf)] = s
	r.n++
}

func (r Ring) Items() []string {
	out := make([]string, 0, r.n)
	for i := 0; i < r.n; i++ {
		out = append(out, r.buf[(r.start+i)%len(r.buf)])
	}
	return out
}

func main() {
	var q Queue[string]
	for _, s := range []string{"a", "b", "c"} {
		q.Push(s)
	}
	v, _ := q.Pop()
	fmt.Println(v, q.Len())
	q.Push("d")
	for q.Len() > 0 {
		v, ok := q.Pop()
		fmt.Print(v, ok, " ")
	}
	_, ok := q.Pop()
	fmt.Println(ok)
	h := &MinHeap{}
	for _, x := range []int{5, 3, 8, 1, 9, 2, 7} {
		h.Push(x)
	}
	var sorted []int
	for len(h.data) > 0 {
		sorted = append(sorted, h.Pop())
	}
	fmt.Println(sorted)
	var r Ring
	for i := 0; i < 7; i++ {
		r.Add(fmt.Sprint("e", i))
	}
	fmt.Println(r.Items(), r.overwrites, r.buf)
	r2 := r
	r2.Add("x")
	fmt.Println(r.Items(), r2.Items())
	pq := Queue[[2]int]{}
	pq.Push([2]int{1, 2})
	p, _ := pq.Pop()
	fmt.Printf("%v %T\n", p, pq)
}
