package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
loop:
	for i := 0; ; i++ {
		switch {
		case i == 5:
			break loop
		case i%2 == 0:
			continue loop
		}
		fmt.Println("odd", i)
	}
	count := 0
search:
	for a := 1; a < 20; a++ {
		for b := a; b < 20; b++ {
			for c := b; c < 30; c++ {
				if a*a+b*b == c*c {
					count++
					fmt.Println(a, b, c)
					if count == 3 {
						break search
					}
				}
			}
		}
	}
	i := 0
again:
	if i < 3 {
		i++
		goto again
	}
	fmt.Println("goto", i)
}
