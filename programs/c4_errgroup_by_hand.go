package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  func()
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

var errBad = errors.New("bad input")

func main() {
	g, ctx := WithContext(context.Background())
	var mu sync.Mutex
	var finished, cancelled []int
	for i := 0; i < 6; i++ {
		i := i
		g.Go(func() error {
			if i == 3 {
				time.Sleep(50 * time.Millisecond)
				return fmt.Errorf("task %d: %w", i, errBad)
			}
			d := time.Duration(i) * time.Millisecond
			if i >= 4 {
				d = 500 * time.Millisecond
			}
			select {
			case <-time.After(d):
				mu.Lock()
				finished = append(finished, i)
				mu.Unlock()
				return nil
			case <-ctx.Done():
				mu.Lock()
				cancelled = append(cancelled, i)
				mu.Unlock()
				return ctx.Err()
			}
		})
	}
	err := g.Wait()
	sort.Ints(finished)
	sort.Ints(cancelled)
	fmt.Println("err:", err)
	fmt.Println("is errBad:", errors.Is(err, errBad))
	fmt.Println("finished:", finished)
	fmt.Println("cancelled:", cancelled)
	fmt.Println("ctx err:", ctx.Err())

	var g2 Group
	total := 0
	var tm sync.Mutex
	for i := 1; i <= 10; i++ {
		i := i
		g2.Go(func() error {
			tm.Lock()
			total += i
			tm.Unlock()
			return nil
		})
	}
	fmt.Println("g2:", g2.Wait(), total)
}
