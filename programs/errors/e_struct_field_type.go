package main

import "fmt"

type User struct {
	Name string
	Age  int
}

func main() {
	u := User{Name: "x", Age: "30"}
	fmt.Println(u)
}
