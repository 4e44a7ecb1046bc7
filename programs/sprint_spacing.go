package main

import "fmt"

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", 1, "y"))
	fmt.Println(fmt.Sprint(1, "x", 2))
	fmt.Println(fmt.Sprintln("a", "b", 1, 2) + "|")
	fmt.Print("p", 1, 2, "q", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("only", "strings", "\n")
	s := fmt.Sprint()
	fmt.Println(len(s), fmt.Sprintln() == "\n")
	fmt.Println("println", 1, 2.5, true, "end")
	fmt.Println()
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
}
