package main

import "fmt"

type service struct {
	events chan string
}

func main() {
	s := &service{}
	go func() {
		fmt.Println("helper done")
	}()
	fmt.Println("waiting")
	<-s.events
}
