package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("main defer never runs")
	done := make(chan bool)
	go func() {
		defer fmt.Println("goroutine defer never runs")
		fmt.Println("goroutine exits the process")
		os.Exit(4)
	}()
	<-done
}
