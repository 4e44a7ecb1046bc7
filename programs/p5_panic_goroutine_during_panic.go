package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("main's defer never runs")
	go func() {
		defer func() {
			panic("second, from the deferred call")
		}()
		panic("first, in goroutine")
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
