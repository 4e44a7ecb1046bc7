package main

import (
	"context"
	"fmt"
)

type key string

type ctxKey int

const userKey ctxKey = 1

func handle(ctx context.Context) {
	fmt.Println("user:", ctx.Value(userKey), "req:", ctx.Value(key("request-id")))
	if v, ok := ctx.Value(userKey).(string); ok {
		fmt.Println("typed user:", v)
	}
}

func run(ctx context.Context) (result string) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	defer func() { result += fmt.Sprint(" err=", ctx.Err()) }()
	return fmt.Sprint("trace=", ctx.Value("trace"))
}

func main() {
	ctx := context.WithValue(context.Background(), userKey, "gopher")
	ctx = context.WithValue(ctx, key("request-id"), 42)
	handle(ctx)
	fmt.Println("missing:", ctx.Value(key("nope")))
	// A plain string key differs from key("request-id").
	fmt.Println("string key:", ctx.Value("request-id"))

	cctx, cancel := context.WithCancel(ctx)
	inner := context.WithValue(cctx, userKey, "shadow")
	handle(inner)
	fmt.Println("inner err:", inner.Err())
	cancel()
	<-inner.Done()
	fmt.Println("inner err:", inner.Err())
	handle(cctx)

	fmt.Println(run(context.WithValue(context.Background(), "trace", "abc")))
}
