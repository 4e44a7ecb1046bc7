package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		err := r.(error)
		fmt.Println("re-panicking with", err)
		panic(err)
	}()
	s := []string{"a"}
	idx := 3
	fmt.Println(s[idx])
}
