package main

import "fmt"

func main() {
block:
	{
		for i := 0; i < 2; i++ {
			if i == 1 {
				continue block
			}
			fmt.Println(i)
		}
	}
}
