package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func main() {
	try("cond nil", func() { var c *sync.Cond; c.Signal() })
	try("cond nil wait", func() { var c *sync.Cond; c.Wait() })
	try("cond nil bcast", func() { var c *sync.Cond; c.Broadcast() })
	try("cond nil L", func() { c := sync.NewCond(nil); c.Wait() })
	try("map nil", func() { var m *sync.Map; m.Store(1, 2) })
	try("map nil load", func() { var m *sync.Map; m.Load(1) })
	try("map nil range", func() { var m *sync.Map; m.Range(func(k, v any) bool { return true }) })
	try("rw nil", func() { var rw *sync.RWMutex; rw.RLock() })
	try("rw nil try", func() { var rw *sync.RWMutex; rw.TryLock() })
	try("rw nil rlocker", func() { var rw *sync.RWMutex; rw.RLocker().Lock() })
	try("wg nil", func() { var wg *sync.WaitGroup; wg.Add(1) })
	try("wg nil wait", func() { var wg *sync.WaitGroup; wg.Wait() })
	try("mutex nil", func() { var mu *sync.Mutex; mu.Lock() })
	try("mutex nil try", func() { var mu *sync.Mutex; mu.TryLock() })
	try("atomic nil", func() { var p *int64; atomic.AddInt64(p, 1) })
	try("atomic type nil", func() { var p *atomic.Int64; p.Add(1) })
	try("value nil", func() { var v *atomic.Value; v.Load() })
	try("timer nil", func() { var t *time.Timer; t.Stop() })
	try("ticker nil", func() { var t *time.Ticker; t.Stop() })
	try("ctx nil method", func() { var c context.Context; c.Done() })
	try("once nil", func() { var o *sync.Once; o.Do(func() {}) })
	try("map nil func range", func() { var m sync.Map; m.Store(1, 1); m.Range(nil) })
	try("afterfunc nil", func() { time.AfterFunc(time.Millisecond, nil); time.Sleep(5 * time.Millisecond) })
}
