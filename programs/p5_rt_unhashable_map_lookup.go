package main

import "fmt"

func main() {
	m := map[interface{}]bool{"a": true}
	var k interface{} = map[int]int{}
	defer func() {
		fmt.Println("recovered:", recover())
		_, ok := m[func() {}]
		fmt.Println(ok)
	}()
	fmt.Println(m[k])
}
