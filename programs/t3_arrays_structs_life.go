package main

import (
	"fmt"
	"strings"
)

const W, H = 8, 6

type Grid [H][W]bool

func (g *Grid) Set(x, y int) { g[y][x] = true }

func (g Grid) Alive(x, y int) bool {
	x = (x + W) % W
	y = (y + H) % H
	return g[y][x]
}

func (g Grid) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := g.Neighbors(x, y)
			next[y][x] = n == 3 || (n == 2 && g[y][x])
		}
	}
	return next
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

type Student struct {
	Name   string
	Grades [3]int
}

func (s Student) Avg() float64 {
	t := 0
	for _, g := range s.Grades {
		t += g
	}
	return float64(t) / float64(len(s.Grades))
}

func main() {
	var g Grid
	g.Set(1, 0)
	g.Set(2, 1)
	g.Set(0, 2)
	g.Set(1, 2)
	g.Set(2, 2)
	for i := 0; i < 3; i++ {
		fmt.Print(g)
		fmt.Println("--")
		g = g.Step()
	}
	old := g
	g = g.Step()
	fmt.Println(old == g, old != g)

	class := [...]Student{
		{"amy", [3]int{90, 80, 70}},
		{"ben", [3]int{60, 75, 90}},
		{Name: "cy"},
	}
	class[2].Grades[1] = 100
	for i := range class {
		class[i].Grades[0] += 5
	}
	for _, s := range class {
		s.Grades[2] = 0 // copy, no effect
		fmt.Printf("%-4s %v %6.2f\n", s.Name, s.Grades, s.Avg())
	}
	fmt.Println(class)
	var best *Student
	for i := range class {
		if best == nil || class[i].Avg() > best.Avg() {
			best = &class[i]
		}
	}
	best.Name = strings.ToUpper(best.Name)
	fmt.Println(class[0].Name, class[1].Name, class[2].Name)

	var m [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			m[i][j] = i*3 + j
		}
	}
	t := m
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			t[i][j], t[j][i] = t[j][i], t[i][j]
		}
	}
	fmt.Println(m, t)
	fmt.Printf("%v %d\n", m[1], len(m[0]))
}
