package main

import "fmt"

func main() {
	var days [7]string
	days[7] = "extra"
	fmt.Println(days)
}
