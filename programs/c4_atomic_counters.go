package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops int64
	var u32 uint32
	var i32 int32
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			for c := 0; c < 1000; c++ {
				atomic.AddInt64(&ops, 1)
				atomic.AddUint32(&u32, 2)
				atomic.AddInt32(&i32, -1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops, "u32:", u32, "i32:", i32)

	var flag int32
	winners := int32(0)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&flag, 0, 1) {
				atomic.AddInt32(&winners, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("cas winners:", winners, "flag:", atomic.LoadInt32(&flag))
	old := atomic.SwapInt32(&flag, 7)
	fmt.Println("swap old:", old, "new:", atomic.LoadInt32(&flag))
	atomic.StoreInt64(&ops, -5)
	fmt.Println("store:", atomic.LoadInt64(&ops))

	var c atomic.Int64
	var b atomic.Bool
	var v atomic.Value
	var u atomic.Uint64
	var i atomic.Int32
	for k := 0; k < 10; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			c.Add(int64(k))
			u.Add(1)
			i.Add(-2)
		}(k)
	}
	wg.Wait()
	b.Store(true)
	v.Store("config-v1")
	fmt.Println(c.Load(), u.Load(), i.Load(), b.Load(), v.Load())
	fmt.Println(c.CompareAndSwap(45, 100), c.Load(), c.Swap(3), c.Load())
	v.Store("config-v2")
	s := v.Load().(string)
	fmt.Println(s, len(s))
	var empty atomic.Value
	fmt.Println(empty.Load() == nil)
}
