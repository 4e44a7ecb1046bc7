package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val         int
	Left, Right *Node
}

func insert(n *Node, v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = insert(n.Left, v)
	} else {
		n.Right = insert(n.Right, v)
	}
	return n
}

func (n *Node) InOrder(visit func(int)) {
	if n == nil {
		return
	}
	n.Left.InOrder(visit)
	visit(n.Val)
	n.Right.InOrder(visit)
}

func (n *Node) Height() int {
	if n == nil {
		return 0
	}
	l, r := n.Left.Height(), n.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (n *Node) String() string {
	if n == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %d %v)", n.Left, n.Val, n.Right)
}

func buildBalanced(xs []int) *Node {
	if len(xs) == 0 {
		return nil
	}
	m := len(xs) / 2
	return &Node{xs[m], buildBalanced(xs[:m]), buildBalanced(xs[m+1:])}
}

func permutations(xs []int) [][]int {
	if len(xs) <= 1 {
		return [][]int{append([]int{}, xs...)}
	}
	var out [][]int
	for i := range xs {
		rest := append(append([]int{}, xs[:i]...), xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]int{xs[i]}, p...))
		}
	}
	return out
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

type Expr interface{ Eval() float64 }
type Num float64
type Bin struct {
	Op   byte
	L, R Expr
}

func (n Num) Eval() float64 { return float64(n) }
func (b Bin) Eval() float64 {
	switch b.Op {
	case '+':
		return b.L.Eval() + b.R.Eval()
	case '*':
		return b.L.Eval() * b.R.Eval()
	case '-':
		return b.L.Eval() - b.R.Eval()
	}
	return b.L.Eval() / b.R.Eval()
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func main() {
	var root *Node
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = insert(root, v)
	}
	var vals []string
	root.InOrder(func(v int) { vals = append(vals, fmt.Sprint(v)) })
	fmt.Println(strings.Join(vals, " "), root.Height())
	fmt.Println(root)
	b := buildBalanced([]int{1, 2, 3, 4, 5, 6, 7})
	fmt.Println(b, b.Height())
	var empty *Node
	fmt.Println(empty, empty.Height())
	fmt.Println(permutations([]int{1, 2, 3}))
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves[:5])
	e := Bin{'+', Num(2), Bin{'*', Num(3), Bin{'-', Num(10), Num(4)}}}
	fmt.Println(e.Eval(), Bin{'/', Num(1), Num(3)}.Eval())
	fmt.Printf("%v\n", e)
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
}
