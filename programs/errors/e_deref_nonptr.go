package main

import "fmt"

func main() {
	v := 3
	p := &v
	fmt.Println(*p, *v)
}
