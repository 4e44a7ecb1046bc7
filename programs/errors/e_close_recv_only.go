package main

func drain(in <-chan int) {
	for range in {
	}
	close(in)
}

func main() {
	ch := make(chan int)
	go drain(ch)
	close(ch)
}
