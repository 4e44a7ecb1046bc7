package main

import (
	"fmt"
	"os"
)

func finish(code int) {
	fmt.Print("finishing with ", code, "\n")
	os.Exit(code)
}

func main() {
	for i := 0; ; i++ {
		if i == 3 {
			finish(0)
		}
		fmt.Println(i)
	}
}
