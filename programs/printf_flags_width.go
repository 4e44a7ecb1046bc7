package main

import "fmt"

func main() {
	fmt.Printf("[%5s][%-5s][%.2s][%5.1s]\n", "abc", "abc", "abc", "abc")
	fmt.Printf("[%*d][%-*d]\n", 6, 42, 6, 42)
	fmt.Printf("[%.*f]\n", 3, 2.0/3)
	fmt.Printf("[%+5d][%+-5d][% 5d][%05d][%-05d]\n", 7, 7, 7, -7, 7)
	fmt.Printf("[%10.4f][%-10.4f][%+10.4f]\n", 3.14159, 3.14159, 3.14159)
	fmt.Printf("[%8x][%-8X][%08x][%#8x]\n", 3054, 3054, 3054, 3054)
	fmt.Printf("[%3c][%-3c]\n", 'x', 'y')
	fmt.Printf("[%6t][%-6t]\n", true, false)
	fmt.Printf("[%10q][%-10q]\n", "hi", "hi")
	fmt.Printf("[%1d][%2d]\n", 12345, 12345)
	fmt.Printf("[%[2]d %[1]d]\n", 1, 2)
	fmt.Printf("[%v][%6v][%-6v]\n", 1.5, 1.5, 1.5)
	fmt.Printf("[% x][% X]\n", "abc", "abc")
	fmt.Printf("[%+q]\n", "héllo")
	fmt.Printf("[%#q]\n", "back`tick")
	fmt.Printf("[%#q]\n", "plain")
}
