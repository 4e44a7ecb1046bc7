package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		defer func() {
			panic(fmt.Sprint("panic while goexiting, recover=", recover()))
		}()
		runtime.Goexit()
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("not reached")
}
