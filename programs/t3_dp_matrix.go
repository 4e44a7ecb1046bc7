package main

import (
	"fmt"
	"strings"
)

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else if dp[i-1][j] >= dp[i][j-1] {
				dp[i][j] = dp[i-1][j]
			} else {
				dp[i][j] = dp[i][j-1]
			}
		}
	}
	var sb []byte
	for i, j := len(a), len(b); i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			sb = append(sb, a[i-1])
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	for l, r := 0, len(sb)-1; l < r; l, r = l+1, r-1 {
		sb[l], sb[r] = sb[r], sb[l]
	}
	return string(sb)
}

func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min3(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func min3(a, b, c int) int {
	m := a
	if b < m {
		m = b
	}
	if c < m {
		m = c
	}
	return m
}

func knapsack(weights, values []int, capacity int) int {
	best := make([]int, capacity+1)
	for i, w := range weights {
		for c := capacity; c >= w; c-- {
			if v := best[c-w] + values[i]; v > best[c] {
				best[c] = v
			}
		}
	}
	return best[capacity]
}

func coinChange(coins []int, amount int) int {
	const inf = 1 << 30
	dp := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = inf
		for _, c := range coins {
			if c <= i && dp[i-c]+1 < dp[i] {
				dp[i] = dp[i-c] + 1
			}
		}
	}
	if dp[amount] >= inf {
		return -1
	}
	return dp[amount]
}

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (m Matrix) Mul(o Matrix) Matrix {
	res := NewMatrix(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			for k := range o {
				res[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return res
}

func (m Matrix) String() string {
	rows := make([]string, len(m))
	for i, r := range m {
		rows[i] = fmt.Sprint(r)
	}
	return strings.Join(rows, "\n")
}

func main() {
	fmt.Println(lcs("ABCBDAB", "BDCABA"), lcs("", "x"), lcs("golang", "gopher"))
	fmt.Println(editDistance([]rune("kitten"), []rune("sitting")), editDistance([]rune("日本語"), []rune("日本")))
	fmt.Println(knapsack([]int{1, 3, 4, 5}, []int{1, 4, 5, 7}, 7))
	fmt.Println(coinChange([]int{1, 5, 10, 25}, 63), coinChange([]int{2}, 3))
	a := Matrix{{1, 2}, {3, 4}}
	id := Matrix{{1, 0}, {0, 1}}
	fmt.Println(a.Mul(id))
	fmt.Println(a.Mul(a))
	fmt.Printf("%v\n", Matrix{{0.5, 1.25}}.Mul(Matrix{{2}, {4}}))
	pascal := [][]int{}
	for i := 0; i < 6; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = pascal[i-1][j-1] + pascal[i-1][j]
		}
		pascal = append(pascal, row)
	}
	for _, r := range pascal {
		fmt.Printf("%*s%v\n", 6-len(r), "", r)
	}
}
