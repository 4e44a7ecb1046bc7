package main

import (
	"fmt"
	"strings"
)

type Cell byte

const (
	Empty Cell = ' '
	X     Cell = 'X'
	O     Cell = 'O'
)

type Board [9]Cell

var lines = [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func (b Board) Winner() Cell {
	for _, l := range lines {
		if b[l[0]] != Empty && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return Empty
}

func (b Board) Full() bool {
	for _, c := range b {
		if c == Empty {
			return false
		}
	}
	return true
}

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			ch := b[r*3+c]
			if ch == Empty {
				ch = '.'
			}
			sb.WriteByte(byte(ch))
		}
		if r < 2 {
			sb.WriteByte('/')
		}
	}
	return sb.String()
}

func other(p Cell) Cell {
	if p == X {
		return O
	}
	return X
}

var nodes int

func minimax(b Board, turn, me Cell) (score, move int) {
	nodes++
	if w := b.Winner(); w != Empty {
		if w == me {
			return 1, -1
		}
		return -1, -1
	}
	if b.Full() {
		return 0, -1
	}
	best, bestMove := -2, -1
	if turn != me {
		best = 2
	}
	for i := range b {
		if b[i] != Empty {
			continue
		}
		b[i] = turn
		s, _ := minimax(b, other(turn), me)
		b[i] = Empty
		if (turn == me && s > best) || (turn != me && s < best) {
			best, bestMove = s, i
		}
	}
	return best, bestMove
}

func main() {
	var b Board
	for i := range b {
		b[i] = Empty
	}
	turn := X
	for b.Winner() == Empty && !b.Full() {
		_, m := minimax(b, turn, turn)
		b[m] = turn
		fmt.Printf("%c plays %d: %v\n", turn, m, b)
		turn = other(turn)
	}
	w := b.Winner()
	if w == Empty {
		fmt.Println("draw", nodes)
	} else {
		fmt.Printf("%c wins %d\n", w, nodes)
	}
	fmt.Printf("%v %q %d\n", X, O, Empty)
}
