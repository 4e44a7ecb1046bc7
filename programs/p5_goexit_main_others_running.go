package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(5 * time.Millisecond)
			fmt.Println("worker tick", i)
		}
		close(done)
	}()
	go func() {
		<-done
		fmt.Println("second worker saw done")
	}()
	defer fmt.Println("main defer")
	runtime.Goexit()
}
