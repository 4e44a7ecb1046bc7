package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slow(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	_, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok)
	err := slow(ctx, time.Second)
	fmt.Println("slow:", err)
	fmt.Println(err == context.DeadlineExceeded, errors.Is(err, context.DeadlineExceeded))

	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Second)
	fmt.Println("fast:", slow(ctx2, 5*time.Millisecond))
	cancel2()
	fmt.Println("after cancel:", ctx2.Err())

	// The child of a timed-out parent reports the parent's error.
	parent, cp := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cp()
	child, cc := context.WithCancel(parent)
	defer cc()
	<-child.Done()
	fmt.Println("child:", child.Err())

	// WithDeadline in the past is cancelled at once.
	past, cpast := context.WithTimeout(context.Background(), -time.Second)
	fmt.Println("past:", past.Err())
	cpast()
	fmt.Println("past after cancel:", past.Err())

	_, ok = context.Background().Deadline()
	fmt.Println("background deadline:", ok)
}

func init() {
	// WithDeadline from another context's deadline: both end together.
	a, ca := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer ca()
	d, _ := a.Deadline()
	b, cb := context.WithDeadline(context.Background(), d)
	defer cb()
	<-b.Done()
	fmt.Println("deadline ctx:", b.Err())
}
