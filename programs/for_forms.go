package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println("three-clause", i)
	}
	n := 0
	for n < 3 {
		fmt.Println("condition", n)
		n++
	}
	k := 0
	for {
		if k == 3 {
			break
		}
		fmt.Println("infinite", k)
		k++
	}
	sum := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println("sum of odds", sum)
	j := 10
	for ; j > 0; j -= 3 {
	}
	fmt.Println("j", j)
	for i, m := 0, 10; i < m; i, m = i+1, m-1 {
		fmt.Print(i, m, ";")
	}
	fmt.Println()
	// each iteration's variable is the same variable in Go 1.19
	total := 0
	for i := 1; i <= 100; i++ {
		total += i
	}
	fmt.Println(total)
}
