package main

import "fmt"

type I interface{ M() }
type T struct{}

func main() {
	var e interface{} = T{}
	fmt.Println("before")
	i := e.(I)
	i.M()
}
