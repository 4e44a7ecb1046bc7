package main

import "fmt"

func log(msg string) {
	fmt.Println("log:", msg)
}

func main() {
	r := log("start")
	fmt.Println(r)
}
