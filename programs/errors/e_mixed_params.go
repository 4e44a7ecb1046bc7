package main

import "fmt"

func label(n int, string) string {
	return fmt.Sprint(n)
}

func main() {
	fmt.Println(label(1, "x"))
}
