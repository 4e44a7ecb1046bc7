package main

import (
	"context"
	"fmt"
)

type ctxKey string
type otherKey int

const (
	userKey  ctxKey = "user"
	reqIDKey ctxKey = "reqid"
)

func handler(ctx context.Context) {
	user, ok := ctx.Value(userKey).(string)
	id, _ := ctx.Value(reqIDKey).(int)
	fmt.Println("user:", user, ok, "req:", id)
	fmt.Println("raw string key:", ctx.Value("user"))
	fmt.Println("other key type:", ctx.Value(otherKey(0)))
}

func main() {
	ctx := context.Background()
	ctx = context.WithValue(ctx, userKey, "gopher")
	ctx = context.WithValue(ctx, reqIDKey, 42)
	ctx = context.WithValue(ctx, otherKey(0), []int{1, 2})
	handler(ctx)

	shadow := context.WithValue(ctx, userKey, "admin")
	fmt.Println(shadow.Value(userKey), ctx.Value(userKey))
	cctx, cancel := context.WithCancel(shadow)
	fmt.Println("through cancel ctx:", cctx.Value(userKey), cctx.Value(reqIDKey))
	cancel()
	fmt.Println("value after cancel:", cctx.Value(userKey), cctx.Err())
	fmt.Println("missing:", ctx.Value(ctxKey("nope")))

	chain := context.Background()
	for i := 0; i < 100; i++ {
		chain = context.WithValue(chain, otherKey(i+1), i*i)
	}
	fmt.Println(chain.Value(otherKey(1)), chain.Value(otherKey(50)), chain.Value(otherKey(100)), chain.Value(otherKey(101)))
	type point struct{ x, y int }
	pc := context.WithValue(context.TODO(), point{1, 2}, "p12")
	fmt.Println(pc.Value(point{1, 2}), pc.Value(point{2, 1}))
}
