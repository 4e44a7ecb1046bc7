// Unbuffered channel ping-pong between two goroutines: 1,000,000 round trips.
package main

import "fmt"

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < 1000000; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	fmt.Println(sum)
}
