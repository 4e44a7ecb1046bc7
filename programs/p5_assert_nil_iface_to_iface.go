package main

import "fmt"

type Walker interface{ Walk() }

func main() {
	var w Walker
	fmt.Println(w == nil)
	_ = w.(fmt.Stringer)
}
