package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	v := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(func() { time.Sleep(20 * time.Millisecond); v = 42 })
			if v != 42 {
				fmt.Println("saw", v)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("v", v)
	var o2 sync.Once
	func() {
		defer func() { fmt.Println(recover()) }()
		o2.Do(nil)
	}()
	o2.Do(func() { fmt.Println("not called") })
	fmt.Println("done")
}
