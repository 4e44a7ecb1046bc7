package main

import (
	"fmt"
	"runtime"
)

func main() {
	ch := make(chan int)
	go func() {
		fmt.Println("waiting forever")
		<-ch
	}()
	runtime.Gosched()
	runtime.Goexit()
}
