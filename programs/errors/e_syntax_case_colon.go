package main

import "fmt"

func main() {
	a := 1
	if a == 1 {
		fmt.Println("one")
	} else if {
		fmt.Println("other")
	}
	switch a {
	case 1
		fmt.Println(1)
	}
}
