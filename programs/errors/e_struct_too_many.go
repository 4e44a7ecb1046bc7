package main

import "fmt"

type RGB struct{ R, G, B uint8 }

func main() {
	c := RGB{1, 2, 3, 4}
	fmt.Println(c)
}
