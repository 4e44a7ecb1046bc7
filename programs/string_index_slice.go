package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(len(s), s[0], s[7], string(s[1]))
	fmt.Println(s[0:5], s[7:], s[:5], s[:], s[3:3] == "")
	u := "héllo, 世界"
	fmt.Println(len(u), u[1], u[2])
	for i := 0; i < len(u); i++ {
		fmt.Print(u[i], " ")
	}
	fmt.Println()
	t := s[7:12]
	fmt.Println(t, len(t), t[1:3])
	b := s[len(s)-1]
	fmt.Printf("%c %T\n", b, b)
}
