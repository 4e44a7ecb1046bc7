package main

func main() {
	var b byte = 200
	panic(b + 100)
}
