package main

import "fmt"

func classify(n int) string {
	s := ""
	switch {
	case n < 0:
		s += "neg "
		fallthrough
	case n == 0:
		s += "small "
	case n > 100:
		s += "big "
		fallthrough
	case n > 10:
		s += "medium "
		fallthrough
	default:
		s += "any"
	}
	return s
}

func findPair(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				return i, j, true
			}
			if v > 1000 {
				break outer
			}
		}
	}
	return -1, -1, false
}

func gotoLoop(n int) int {
	i, acc := 0, 0
loop:
	if i < n {
		acc += i
		i++
		goto loop
	}
	return acc
}

func main() {
	for _, n := range []int{-5, 0, 5, 50, 500} {
		fmt.Printf("%d: %s\n", n, classify(n))
	}
	grid := [][]int{{1, -1, 7}, {2, 7, 3}, {2000, 7}}
	fmt.Println(findPair(grid, 7))
	fmt.Println(findPair(grid, 3))
	fmt.Println(findPair(grid, 99))
	fmt.Println(gotoLoop(10))

	count := 0
rows:
	for i := 0; i < 5; i++ {
		switch {
		case i == 1:
			continue rows
		case i == 4:
			break rows
		}
		for j := 0; j < 5; j++ {
			if j > i {
				continue rows
			}
			count++
		}
	}
	fmt.Println("count", count)

	// break inside select-less switch breaks the switch only
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			fmt.Print("i=", i, " ")
		}
	}
	fmt.Println()

	// switch with init and multiple values
	for _, c := range "a1 Z?" {
		switch k := c; {
		case k >= 'a' && k <= 'z', k >= 'A' && k <= 'Z':
			fmt.Printf("%c letter\n", k)
		case k >= '0' && k <= '9':
			fmt.Printf("%c digit\n", k)
		case k == ' ':
			fmt.Printf("%q space\n", k)
		default:
			fmt.Printf("%q other %U\n", k, k)
		}
	}
	switch x := 3; x {
	case 1, 2, 3:
		fmt.Println("low")
		fallthrough
	case 4:
		fmt.Println("four-ish")
	case 5:
		fmt.Println("five")
	}

	i := 0
	goto check
body:
	fmt.Print(i, ";")
	i += 3
check:
	if i < 10 {
		goto body
	}
	fmt.Println()

	labeledRange := map[int]bool{}
L:
	for k := 0; ; k++ {
		for _, v := range []int{1, 2, 3} {
			if k*v > 6 {
				break L
			}
			labeledRange[k*v] = true
		}
	}
	fmt.Println(len(labeledRange))
}
