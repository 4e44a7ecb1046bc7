package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	var u uint = 1<<64 - 1
	defer func() {
		fmt.Println(recover())
		_ = s[:u]
	}()
	_ = s[u]
}
