package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("other goroutine still runs")
	}()
	defer func() {
		fmt.Println("deferred: Goexit replaces the panic")
		runtime.Goexit()
	}()
	panic("main panics")
}
