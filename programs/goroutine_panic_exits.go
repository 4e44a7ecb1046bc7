package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		panic("panic in goroutine")
	}()
	<-done
	fmt.Println("not reached")
}
