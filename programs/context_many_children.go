package main

import (
	"context"
	"fmt"
)

func main() {
	parent, cancelParent := context.WithCancel(context.Background())
	n := 0
	for i := 0; i < 200000; i++ {
		c, cancel := context.WithCancel(parent)
		v := context.WithValue(c, "i", i)
		if i%3 == 0 {
			cancel()
			if v.Err() != nil {
				n++
			}
		} else {
			defer cancel()
		}
	}
	keep := make([]context.Context, 0)
	for i := 0; i < 5; i++ {
		c, _ := context.WithCancel(parent)
		keep = append(keep, c)
	}
	cancelParent()
	m := 0
	for _, c := range keep {
		<-c.Done()
		m++
	}
	fmt.Println(n, m, parent.Err())
}
