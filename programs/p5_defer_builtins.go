package main

import "fmt"

func closeIt(ch chan int) {
	defer close(ch)
	ch <- 1
}

func delIt(m map[string]int) {
	defer delete(m, "a")
	fmt.Println("inside, len", len(m))
}

func copyIt(dst, src []int) {
	defer copy(dst, src)
	fmt.Println("before copy", dst)
}

func panicDeferred() (r interface{}) {
	defer func() { r = recover() }()
	defer panic("deferred panic")
	fmt.Println("body ran")
	return "not this"
}

func main() {
	ch := make(chan int, 1)
	closeIt(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
	m := map[string]int{"a": 1, "b": 2}
	delIt(m)
	fmt.Println("after, len", len(m))
	dst := make([]int, 3)
	copyIt(dst, []int{7, 8, 9})
	fmt.Println("after copy", dst)
	fmt.Println("recovered:", panicDeferred())
	defer println("builtin println deferred")
	defer print("builtin print deferred\n")
	fmt.Println("end of main")
}
