package main

import "fmt"

func main() {
	if x := 3; x > 2
	{
		fmt.Println(x)
	}
}
