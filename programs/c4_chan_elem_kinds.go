package main

import (
	"fmt"
	"time"
)

type big struct {
	a [20]int
	s string
	m map[string]int
}

type shape interface{ area() float64 }
type sq struct{ s float64 }

func (q sq) area() float64 { return q.s * q.s }

func deep(n int, c chan int) int {
	if n == 0 {
		return <-c
	}
	var pad [64]int
	pad[n%64] = n
	return deep(n-1, c) + pad[n%64] - n
}

func main() {
	cb := make(chan big)
	go func() {
		b := big{s: "hello", m: map[string]int{"x": 1}}
		for i := range b.a {
			b.a[i] = i * i
		}
		cb <- b
	}()
	b := <-cb
	fmt.Println(b.a[19], b.s, b.m["x"])

	ca := make(chan [3]string, 2)
	ca <- [3]string{"a", "b", "c"}
	fmt.Println(<-ca)

	ci := make(chan shape, 1)
	ci <- sq{3}
	fmt.Println((<-ci).area())

	cf := make(chan func(int) int, 1)
	k := 10
	cf <- func(x int) int { return x + k }
	fmt.Println((<-cf)(5))

	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	cc <- inner
	(<-cc) <- 42
	fmt.Println(<-inner)

	var small = make(chan int8, 1)
	small <- -5
	v := <-small
	fmt.Println(v, v*30)
	var u16 = make(chan uint16)
	go func() { u16 <- 65535 }()
	fmt.Println(<-u16 + 1)
	f32 := make(chan float32, 1)
	f32 <- 1.5
	fmt.Println(<-f32 * 2)
	cx := make(chan complex128, 1)
	cx <- complex(1, 2)
	fmt.Println(<-cx)

	// a receiver parked deep in recursion: its stack must not move while parked
	c := make(chan int)
	res := make(chan int)
	go func() { res <- deep(5000, c) }()
	time.Sleep(10 * time.Millisecond)
	c <- 7
	fmt.Println(<-res)

	sel := make(chan big, 1)
	sel <- big{s: "via select"}
	select {
	case got := <-sel:
		fmt.Println(got.s)
	case <-time.After(time.Second):
	}
	var nilf func()
	defer func() { fmt.Println("rec:", recover()) }()
	go nilf()
	time.Sleep(time.Millisecond)
}
