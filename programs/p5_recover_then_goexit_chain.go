package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() {
			fmt.Println("outer recover:", recover())
		}()
		defer func() {
			fmt.Println("first recover:", recover())
			runtime.Goexit()
		}()
		panic("p1")
	}()
	<-done
	fmt.Println("main done")
}
