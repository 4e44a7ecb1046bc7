package main

import "fmt"

func name(d int) string {
	switch d {
	case 0:
		return "sun"
	case 1:
		return "mon"
	case 1:
		return "tue"
	}
	return "?"
}

func main() {
	fmt.Println(name(1))
}
