package main

import (
	"fmt"
	"math"
	"os"
)

func main() {
	values := []float64{1, 4, 9}
	for i, v := range values {
		root := math.Sqrt(v)
		fmt.Println(v)
	}
}
