package main

import (
	"fmt"
	"strings"
	"sync"
)

type Store struct {
	mu   sync.Mutex
	data map[string]int
}

func (s *Store) Set(k string, v int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if v < 0 {
		panic("negative value for " + k)
	}
	s.data[k] = v
}

func (s *Store) SafeSet(k string, v int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("SafeSet: %v", r)
		}
	}()
	s.Set(k, v)
	return nil
}

func main() {
	s := &Store{data: map[string]int{}}
	fmt.Println(s.SafeSet("a", 1))
	fmt.Println(s.SafeSet("b", -1))
	// The mutex was unlocked by the deferred Unlock during the panic.
	fmt.Println(s.SafeSet("c", 3), len(s.data))
	var wg sync.WaitGroup
	var sb strings.Builder
	var mu sync.Mutex
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer mu.Unlock()
			mu.Lock()
			fmt.Fprintf(&sb, "%d", i*0)
		}(i)
	}
	wg.Wait()
	fmt.Println(sb.String())
	var b strings.Builder
	func() {
		defer b.WriteString("deferred write")
		b.WriteString("first, ")
	}()
	fmt.Println(b.String())
}
