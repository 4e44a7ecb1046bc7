package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"
)

func watch(ctx context.Context, name string, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	<-ctx.Done()
	out <- fmt.Sprintf("%s: %v", name, ctx.Err())
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	b, cancelB := context.WithTimeout(root, time.Hour)
	a1, cancelA1 := context.WithCancel(a)
	a2 := context.WithValue(a, "k", "v")
	a2x, cancelA2x := context.WithCancel(a2)
	b1, cancelB1 := context.WithDeadline(b, time.Now().Add(time.Hour))
	defer cancelB1()
	defer cancelA2x()
	defer cancelA1()
	defer cancelB()

	out := make(chan string, 10)
	var wg sync.WaitGroup
	for name, c := range map[string]context.Context{"a": a, "a1": a1, "a2x": a2x} {
		wg.Add(1)
		go watch(c, name, &wg, out)
	}
	time.Sleep(10 * time.Millisecond)
	cancelA()
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Println("a2 err:", a2.Err(), "value:", a2x.Value("k"))
	fmt.Println("root err:", root.Err(), "b err:", b.Err(), "b1 err:", b1.Err())
	dl, ok := b1.Deadline()
	fmt.Println("b1 has deadline:", ok, time.Until(dl) > 59*time.Minute)
	cancelRoot()
	<-b1.Done()
	fmt.Println("after root cancel:", b.Err(), b1.Err())
	cancelRoot()
	fmt.Println("idempotent:", root.Err())

	// A child of an already cancelled parent is cancelled at once.
	late, cl := context.WithCancel(a)
	defer cl()
	select {
	case <-late.Done():
		fmt.Println("late child:", late.Err())
	default:
		fmt.Println("late child still live")
	}
	_, has := context.Background().Deadline()
	fmt.Println(context.Background(), context.TODO(), has, context.Background().Done() == nil)
}
