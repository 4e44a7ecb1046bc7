package main

import (
	"context"
	"fmt"
	"sync"
)

func worker(ctx context.Context, name string, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	<-ctx.Done()
	out <- name + ": " + ctx.Err().Error()
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	b, cancelB := context.WithCancel(root)
	a1, cancelA1 := context.WithCancel(a)
	defer cancelA1()
	defer cancelB()

	fmt.Println("before:", root.Err(), a.Err(), b.Err(), a1.Err())

	// Cancelling a child leaves the parent and siblings alone.
	cancelA()
	cancelA() // idempotent
	fmt.Println("after cancelA:", root.Err(), a.Err(), b.Err(), a1.Err())
	select {
	case <-root.Done():
		fmt.Println("root done?!")
	default:
		fmt.Println("root still running")
	}

	var wg sync.WaitGroup
	out := make(chan string, 10)
	wg.Add(2)
	go worker(b, "b", &wg, out)
	go worker(root, "root", &wg, out)
	cancelRoot()
	wg.Wait()
	close(out)
	n := 0
	for s := range out {
		_ = s
		n++
	}
	fmt.Println("workers finished:", n)
	fmt.Println("after cancelRoot:", root.Err(), b.Err())
	fmt.Println(b.Err() == context.Canceled, a1.Err() == context.Canceled)

	// A child of an already-cancelled parent is born cancelled.
	c, cancelC := context.WithCancel(root)
	fmt.Println("late child:", c.Err())
	cancelC()

	// Background never ends.
	bg := context.Background()
	fmt.Println(bg.Err(), bg.Done() == nil, context.TODO().Err())
	var f context.CancelFunc = cancelC
	f()
	fmt.Printf("%v\n", root.Err())
}
