package main

import "fmt"

type User struct {
	Name string
	Age  int
}

func main() {
	u := User{Name: "kim", Age: 40}
	var label string = u.Age
	u.Email = "kim@example.com"
	fmt.Println(u.Name + 1)
	fmt.Println(label)
}
