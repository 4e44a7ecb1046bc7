package main

func main() {
	x := 3
	panic(x > 2)
}
