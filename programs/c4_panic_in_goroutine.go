package main

import (
	"fmt"
	"time"
)

type job struct{ data []int }

func process(j *job, idx int) int {
	return j.data[idx]
}

func main() {
	done := make(chan bool)
	go func() {
		defer func() {
			r := recover()
			fmt.Println("worker recovered:", r)
			done <- true
		}()
		process(&job{[]int{1, 2}}, 5)
	}()
	<-done
	go func() {
		defer fmt.Println("deferred in dying goroutine")
		var m map[string]int
		m["x"] = 1
	}()
	time.Sleep(time.Second)
	fmt.Println("main never gets here")
}
