package main

import "fmt"

type Matrix [][]float64

func newMatrix(n, m int) Matrix {
	a := make(Matrix, n)
	for i := range a {
		a[i] = make([]float64, m)
	}
	return a
}

func mul(a, b Matrix) Matrix {
	c := newMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	return c
}

func main() {
	n := 20
	a := newMatrix(n, n)
	b := newMatrix(n, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			a[i][j] = float64(i+j) / 10
			b[i][j] = float64(i-j) / 7
		}
	}
	c := mul(a, b)
	fmt.Println(c[0][0], c[5][7], c[19][19])
	fmt.Printf("%.3f\n", c[10][3])
	small := Matrix{{1, 2}, {3, 4}}
	fmt.Println(mul(small, small))
}
