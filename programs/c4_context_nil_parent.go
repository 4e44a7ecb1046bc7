package main

import (
	"context"
	"fmt"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var ctx context.Context
		context.WithValue(ctx, "k", 1)
	}()
	var parent context.Context
	ctx, cancel := context.WithCancel(parent)
	fmt.Println(ctx, cancel)
}
