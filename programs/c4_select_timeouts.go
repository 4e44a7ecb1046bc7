package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration, v string) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- v
	}()
	return c
}

func main() {
	c1 := slow(100*time.Millisecond, "result 1")
	select {
	case res := <-c1:
		fmt.Println(res)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout 1")
	}

	c2 := slow(10*time.Millisecond, "result 2")
	select {
	case res := <-c2:
		fmt.Println(res)
	case <-time.After(200 * time.Millisecond):
		fmt.Println("timeout 2")
	}

	timeout := time.After(250 * time.Millisecond)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	n := 0
loop:
	for {
		select {
		case <-tick.C:
			n++
			fmt.Println("tick", n)
		case <-timeout:
			fmt.Println("deadline reached")
			break loop
		}
	}

	results := make([]string, 0)
	for i, d := range []int{5, 200, 10, 300} {
		c := slow(time.Duration(d)*time.Millisecond, fmt.Sprint("job", i))
		select {
		case r := <-c:
			results = append(results, r)
		case <-time.After(60 * time.Millisecond):
			results = append(results, fmt.Sprint("job", i, " timed out"))
		}
	}
	fmt.Println(results)
}
