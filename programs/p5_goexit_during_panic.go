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
			fmt.Println("recover after Goexit in defer:", recover())
		}()
		defer runtime.Goexit()
		panic("will be cancelled by Goexit")
	}()
	<-done
	fmt.Println("main ends normally")
}
