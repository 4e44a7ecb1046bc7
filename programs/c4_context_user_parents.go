package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type wrapCtx struct {
	context.Context
	tag string
}

type fixedDeadline struct {
	context.Context
	d time.Time
}

func (f fixedDeadline) Deadline() (time.Time, bool) { return f.d, true }

var errMine = errors.New("mine")

type errCtx struct{ ch chan struct{} }

func (e errCtx) Deadline() (time.Time, bool)  { return time.Time{}, false }
func (e errCtx) Done() <-chan struct{}        { return e.ch }
func (e errCtx) Err() error                   { return errMine }
func (e errCtx) Value(k interface{}) interface{} { return nil }

func main() {
	base, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	w := wrapCtx{base, "w"}
	child, cc := context.WithCancel(w)
	defer cc()
	vc := context.WithValue(w, "k", "v")
	fmt.Println(vc.Value("k"), vc.Done() == base.Done())
	<-child.Done()
	fmt.Println("child of wrapped:", child.Err(), errors.Is(child.Err(), context.DeadlineExceeded))
	fmt.Println("value ctx err:", vc.Err())

	fd := fixedDeadline{context.Background(), time.Now().Add(30 * time.Millisecond)}
	dc, dcc := context.WithTimeout(fd, time.Hour)
	defer dcc()
	d, ok := dc.Deadline()
	fmt.Println(ok, time.Until(d) < time.Minute)
	select {
	case <-dc.Done():
		fmt.Println("deadline from user parent:", dc.Err())
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}

	ec := errCtx{make(chan struct{})}
	close(ec.ch)
	c2, c2c := context.WithCancel(ec)
	defer c2c()
	fmt.Println("already done user parent:", c2.Err())

	ec2 := errCtx{make(chan struct{})}
	c3, c3c := context.WithCancel(ec2)
	defer c3c()
	go func() { time.Sleep(5 * time.Millisecond); close(ec2.ch) }()
	<-c3.Done()
	fmt.Println("later:", c3.Err())

	n := 0
	t := time.AfterFunc(5*time.Millisecond, func() { n++ })
	time.Sleep(20 * time.Millisecond)
	fmt.Println(n, t.Stop(), t.Reset(5*time.Millisecond))
	time.Sleep(20 * time.Millisecond)
	fmt.Println(n)
}
