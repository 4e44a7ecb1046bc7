// Fan-in: four producers, one consumer selecting over their channels (400,000 values).
package main

import "fmt"

func produce(n, base int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- base + i
	}
	close(out)
}

func main() {
	a, b, c, d := make(chan int, 16), make(chan int, 16), make(chan int, 16), make(chan int, 16)
	go produce(100000, 0, a)
	go produce(100000, 1, b)
	go produce(100000, 2, c)
	go produce(100000, 3, d)
	sum, open := 0, 4
	for open > 0 {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				open--
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				open--
				continue
			}
			sum += v
		case v, ok := <-c:
			if !ok {
				c = nil
				open--
				continue
			}
			sum += v
		case v, ok := <-d:
			if !ok {
				d = nil
				open--
				continue
			}
			sum += v
		}
	}
	fmt.Println(sum)
}
