package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("last deferred call panics")
		panic(fmt.Errorf("late failure %d", 3))
	}()
	fmt.Println("main body returns normally")
}
