package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("worker done")
	}()
	c <- 1
}
