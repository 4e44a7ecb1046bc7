package main

import "fmt"

func main() {
	ch := make(chan int)
	defer func() {
		fmt.Println("deferred call blocks forever")
		<-ch
	}()
	panic("never printed: the deferred call deadlocks first")
}
