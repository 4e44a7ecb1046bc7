package main

import "fmt"

func main() {
	i := 0
	if i == 0 {
		goto done
	}
	msg := "not zero"
	fmt.Println(msg)
done:
	fmt.Println("done")
}
