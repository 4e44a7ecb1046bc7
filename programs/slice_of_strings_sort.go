package main

import "fmt"

func insertionSort(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	words := []string{"pear", "apple", "fig", "banana", "cherry", "apple"}
	insertionSort(words)
	fmt.Println(words)
	fmt.Printf("%q\n", words)
	fmt.Printf("%v %d\n", []int{1, 2}, []int{3, 4})
}
