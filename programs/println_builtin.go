package main

import "fmt"

func main() {
	// The builtin println writes to stderr: only stdout and the exit code are checked.
	println("to stderr", 1, true, 2.5)
	print("also stderr\n")
	fmt.Println("to stdout")
	x := len("four")
	println(x)
	fmt.Println("done", x)
}
