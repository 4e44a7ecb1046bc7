package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type key string

func main() {
	c, cancel := context.WithCancel(context.Background())
	defer cancel()
	v := context.WithValue(c, key("k"), "val")
	v2 := context.WithValue(context.TODO(), 3, 4)
	fmt.Println(context.Background(), context.TODO(), c, v, v2)
	fmt.Printf("%v %s\n", c, v)
	var rw sync.RWMutex
	l := rw.RLocker()
	l.Lock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	l.Unlock()
	fmt.Println(rw.TryLock())
	fmt.Printf("%T\n", l)
	d := 1500*time.Millisecond + 7
	fmt.Println(d.Truncate(time.Second), d.Round(time.Second), d.Round(time.Millisecond), (-d).Round(time.Second), (-d).Abs(), d.Round(0))
	t := time.Now()
	u := t.Add(time.Second)
	fmt.Println(u.Sub(t), t.Before(u), t.After(u), t.Equal(t), u.Equal(t), time.Until(u) > 900*time.Millisecond, t.IsZero(), time.Time{}.IsZero())
	var b atomic_bool
	_ = b
}

type atomic_bool struct{}
