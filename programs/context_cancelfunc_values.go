package main

import (
	"context"
	"fmt"
	"time"
)

type myCtx struct{ context.Context }

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	go cancel()
	<-ctx.Done()
	fmt.Println("go cancel:", ctx.Err())

	c2, cancel2 := context.WithCancel(context.Background())
	time.AfterFunc(5*time.Millisecond, cancel2)
	<-c2.Done()
	fmt.Println("afterfunc:", c2.Err())

	m := myCtx{context.Background()}
	c3, cancel3 := context.WithCancel(m)
	cancel3()
	fmt.Println("user parent:", c3.Err())

	func() {
		c4, cancel4 := context.WithCancel(context.Background())
		defer func() { recover(); fmt.Println("recovered, c4:", c4.Err()) }()
		defer cancel4()
		panic("boom")
	}()
	fmt.Printf("%T\n", ctx.Err())
}
