package main

import (
	"fmt"
	"strings"
)

type Trie struct {
	children map[rune]*Trie
	end      bool
}

func NewTrie() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(w string) {
	n := t
	for _, c := range w {
		if n.children[c] == nil {
			n.children[c] = NewTrie()
		}
		n = n.children[c]
	}
	n.end = true
}

func (t *Trie) Search(w string) bool {
	n := t
	for _, c := range w {
		if n = n.children[c]; n == nil {
			return false
		}
	}
	return n.end
}

type point struct{ r, c int }

func bfs(grid []string, start, goal point) int {
	dist := map[point]int{start: 0}
	q := []point{start}
	dirs := [4]point{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		if p == goal {
			return dist[p]
		}
		for _, d := range dirs {
			np := point{p.r + d.r, p.c + d.c}
			if np.r < 0 || np.r >= len(grid) || np.c < 0 || np.c >= len(grid[0]) || grid[np.r][np.c] == '#' {
				continue
			}
			if _, seen := dist[np]; !seen {
				dist[np] = dist[p] + 1
				q = append(q, np)
			}
		}
	}
	return -1
}

type Shape interface {
	Area() float64
	Name() string
}
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }
func (q Sq) Name() string   { return "sq" }

func topo(graph map[string][]string, nodes []string) []string {
	indeg := map[string]int{}
	for _, n := range nodes {
		for _, m := range graph[n] {
			indeg[m]++
		}
	}
	var q, out []string
	for _, n := range nodes {
		if indeg[n] == 0 {
			q = append(q, n)
		}
	}
	for len(q) > 0 {
		n := q[0]
		q = q[1:]
		out = append(out, n)
		for _, m := range graph[n] {
			if indeg[m]--; indeg[m] == 0 {
				q = append(q, m)
			}
		}
	}
	return out
}

func main() {
	t := NewTrie()
	for _, w := range []string{"go", "gopher", "golang", "java"} {
		t.Insert(w)
	}
	for _, w := range []string{"go", "gop", "gopher", "jav", "java", "rust"} {
		fmt.Print(w, ":", t.Search(w), " ")
	}
	fmt.Println()
	grid := []string{
		"..#....",
		".##.##.",
		"....#..",
		"#.#...#",
	}
	fmt.Println(bfs(grid, point{0, 0}, point{3, 5}), bfs(grid, point{0, 0}, point{0, 3}))
	var s Shape = Sq{3}
	area := s.Area
	name := Shape.Name
	s = Sq{4}
	fmt.Println(area(), name(s), s.Area())
	g := map[string][]string{"a": {"b", "c"}, "b": {"d"}, "c": {"d"}, "d": nil}
	fmt.Println(strings.Join(topo(g, []string{"a", "b", "c", "d"}), "->"))
	memo := make(map[[2]int]int)
	var paths func(r, c int) int
	paths = func(r, c int) int {
		if r == 0 || c == 0 {
			return 1
		}
		k := [2]int{r, c}
		if v, ok := memo[k]; ok {
			return v
		}
		memo[k] = paths(r-1, c) + paths(r, c-1)
		return memo[k]
	}
	fmt.Println(paths(16, 16), len(memo))
}
