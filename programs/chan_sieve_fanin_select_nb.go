package main

import "fmt"

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func fanIn(a, b <-chan string) <-chan string {
	c := make(chan string)
	go func() {
		for {
			select {
			case s, ok := <-a:
				if !ok {
					a = nil
					if b == nil {
						close(c)
						return
					}
					continue
				}
				c <- s
			case s, ok := <-b:
				if !ok {
					b = nil
					if a == nil {
						close(c)
						return
					}
					continue
				}
				c <- s
			}
		}
	}()
	return c
}

func emit(name string, n int) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			c <- fmt.Sprint(name, i)
		}
		close(c)
	}()
	return c
}

func main() {
	ch := make(chan int)
	go generate(ch)
	for i := 0; i < 25; i++ {
		prime := <-ch
		fmt.Print(prime, " ")
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println()
	count := map[byte]int{}
	for s := range fanIn(emit("a", 50), emit("b", 70)) {
		count[s[0]]++
	}
	fmt.Println(count['a'], count['b'])

	jobs := make(chan int, 100)
	results := make(chan int, 100)
	for w := 1; w <= 3; w++ {
		go func(id int) {
			for j := range jobs {
				results <- j * 2
			}
		}(w)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	sum := 0
	for a := 1; a <= 9; a++ {
		sum += <-results
	}
	fmt.Println("sum", sum)

	sem := make(chan struct{}, 2)
	sem <- struct{}{}
	select {
	case sem <- struct{}{}:
		fmt.Println("acquired")
	default:
		fmt.Println("full")
	}
	select {
	case sem <- struct{}{}:
		fmt.Println("acquired")
	default:
		fmt.Println("full")
	}
	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println(v)
	default:
		fmt.Println("nil chan not ready")
	}
	var i8 = make(chan int8, 1)
	i8 <- -5
	fmt.Println(<-i8)
}
