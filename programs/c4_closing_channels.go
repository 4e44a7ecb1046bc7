package main

import "fmt"

func main() {
	jobs := make(chan int, 5)
	done := make(chan bool)

	go func() {
		for {
			j, more := <-jobs
			if more {
				fmt.Println("received job", j)
			} else {
				fmt.Println("received all jobs")
				done <- true
				return
			}
		}
	}()

	for j := 1; j <= 3; j++ {
		jobs <- j
		fmt.Println("sent job", j)
	}
	close(jobs)
	fmt.Println("sent all jobs")
	<-done

	_, ok := <-jobs
	fmt.Println("received more jobs:", ok)

	queue := make(chan string, 2)
	queue <- "one"
	queue <- "two"
	close(queue)
	for elem := range queue {
		fmt.Println(elem)
	}
	v, ok := <-queue
	fmt.Printf("%q %v\n", v, ok)

	ptrs := make(chan *int, 1)
	close(ptrs)
	p, ok := <-ptrs
	fmt.Println(p == nil, ok)

	type pair struct{ a, b int }
	ps := make(chan pair, 3)
	ps <- pair{1, 2}
	close(ps)
	fmt.Println(len(ps), cap(ps))
	x := <-ps
	y := <-ps
	fmt.Println(x, y, len(ps))

	unb := make(chan int)
	go func() {
		defer close(unb)
		for i := 0; i < 3; i++ {
			unb <- i * i
		}
	}()
	sum := 0
	for v := range unb {
		sum += v
	}
	fmt.Println("sum", sum)
}
