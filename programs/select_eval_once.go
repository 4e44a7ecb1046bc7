package main

import "fmt"

// select evaluates every channel operand and send value exactly once, in
// source order, on entry, even for nil channels and cases not chosen.

var trace []string

func ch(name string, c chan int) chan int {
	trace = append(trace, "ch "+name)
	return c
}

func val(name string, v int) int {
	trace = append(trace, "val "+name)
	return v
}

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	var nilc chan int
	sent := 0
	for i := 0; i < 3; i++ {
		select {
		case ch("a", a) <- val("a", 1):
			sent++
			a = nil
		case ch("b", b) <- val("b", 2):
			sent++
			b = nil
		case <-ch("nil", nilc):
			fmt.Println("impossible")
		default:
			trace = append(trace, "default")
		}
	}
	fmt.Println(sent, len(trace))
	fmt.Println(trace[:6])
	fmt.Println(trace[len(trace)-1])
	select {
	case ch("x", make(chan int, 1)) <- val("x", 3):
		trace = append(trace, "single sent")
	default:
	}
	fmt.Println(trace[len(trace)-3:])
}
