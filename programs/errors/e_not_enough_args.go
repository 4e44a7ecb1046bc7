package main

import "fmt"

type Point struct{ X, Y int }

func move(p Point, dx, dy int) Point {
	return Point{p.X + dx, p.Y + dy}
}

func main() {
	p := move(Point{1, 2}, 5)
	fmt.Println(p)
}
