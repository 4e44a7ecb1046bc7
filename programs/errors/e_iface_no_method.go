package main

import "fmt"

type Animal interface {
	Sound() string
}

type Cat struct{}

func (Cat) Sound() string { return "meow" }
func (Cat) Name() string  { return "cat" }

func main() {
	var a Animal = Cat{}
	fmt.Println(a.Sound(), a.Name())
}
