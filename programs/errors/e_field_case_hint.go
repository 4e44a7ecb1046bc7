package main

import "fmt"

type Person struct {
	name string
	age  int
}

func main() {
	p := Person{name: "Ann", age: 30}
	fmt.Println(p.Name)
}
