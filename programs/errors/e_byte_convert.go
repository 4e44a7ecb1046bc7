package main

import "fmt"

func main() {
	codes := []int{72, 300}
	for _, c := range codes {
		fmt.Println(c)
	}
	b := byte(300)
	fmt.Println(b)
}
