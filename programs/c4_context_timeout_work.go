package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "done in " + d.String(), nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func work(ctx context.Context, steps int) (int, error) {
	for i := 0; i < steps; i++ {
		select {
		case <-ctx.Done():
			return i, fmt.Errorf("work stopped at step %d: %w", i, ctx.Err())
		default:
		}
		time.Sleep(10 * time.Millisecond)
	}
	return steps, nil
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	r, err := slowOp(ctx, 5*time.Millisecond)
	fmt.Printf("%q %v\n", r, err)
	r, err = slowOp(ctx, 500*time.Millisecond)
	fmt.Printf("%q %v\n", r, err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded), err == context.DeadlineExceeded)
	fmt.Printf("%T %T\n", context.DeadlineExceeded, context.Canceled)
	fmt.Printf("%v | %v\n", context.DeadlineExceeded, context.Canceled)
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(err, &te), te != nil && te.Timeout())
	if t, ok := err.(interface{ Temporary() bool }); ok {
		fmt.Println("temporary:", t.Temporary())
	}

	ctx2, cancel2 := context.WithTimeout(context.Background(), 35*time.Millisecond)
	n, err := work(ctx2, 100)
	cancel2()
	fmt.Println(n >= 1 && n <= 5, err != nil, errors.Is(err, context.DeadlineExceeded))

	ctx3, cancel3 := context.WithCancel(context.Background())
	go func() {
		time.Sleep(25 * time.Millisecond)
		cancel3()
	}()
	_, err = work(ctx3, 100)
	fmt.Println(errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded))

	past, cancel4 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel4()
	fmt.Println("past deadline:", past.Err())
	parent, cp := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cp()
	child, cc := context.WithTimeout(parent, time.Hour)
	defer cc()
	d1, _ := parent.Deadline()
	d2, _ := child.Deadline()
	fmt.Println("child keeps earlier deadline:", d1.Equal(d2))
	<-child.Done()
	fmt.Println("child:", child.Err())
}
