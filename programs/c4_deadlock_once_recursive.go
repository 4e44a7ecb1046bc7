package main

import (
	"fmt"
	"sync"
)

var once sync.Once

func setup() {
	fmt.Println("setup starts")
	once.Do(setup) // Once.Do calling itself waits for itself
}

func main() {
	once.Do(setup)
	fmt.Println("never")
}
