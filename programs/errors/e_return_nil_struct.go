package main

import "fmt"

type Point struct{ X, Y int }

func find(ps []Point, x int) Point {
	for _, p := range ps {
		if p.X == x {
			return p
		}
	}
	return nil
}

func main() {
	fmt.Println(find(nil, 1))
}
