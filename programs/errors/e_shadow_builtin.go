package main

import "fmt"

func main() {
	len := 3
	items := []string{"a"}
	fmt.Println(len, len(items))
}
