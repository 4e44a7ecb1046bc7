package main

import "fmt"

func main() {
	var a interface{} = [2]map[string]int{}
	var b interface{} = [2]map[string]int{}
	defer func() {
		fmt.Println("recovered:", recover())
		var x, y interface{} = []int{1}, []int{1}
		fmt.Println(x == y)
	}()
	fmt.Println(a == b)
}
