package main

import "fmt"

func main() {
	messages := make(chan string)
	signals := make(chan bool)

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}

	msg := "hi"
	select {
	case messages <- msg:
		fmt.Println("sent message", msg)
	default:
		fmt.Println("no message sent")
	}

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}

	buf := make(chan int, 2)
	for i := 0; i < 4; i++ {
		select {
		case buf <- i:
			fmt.Println("queued", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	for i := 0; i < 3; i++ {
		select {
		case v, ok := <-buf:
			fmt.Println("got", v, ok)
		default:
			fmt.Println("empty")
		}
	}
	close(buf)
	select {
	case v, ok := <-buf:
		fmt.Println("closed gives", v, ok)
	default:
		fmt.Println("default on closed?")
	}

	var nilch chan int
	select {
	case nilch <- 1:
		fmt.Println("sent on nil")
	case <-nilch:
		fmt.Println("recv on nil")
	default:
		fmt.Println("nil channels never ready")
	}

	ready := make(chan int, 1)
	ready <- 42
	select {
	case <-nilch:
		fmt.Println("nil")
	case v := <-ready:
		fmt.Println("ready", v)
	}
}
