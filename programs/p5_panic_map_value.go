package main

func main() {
	var m map[string]int
	panic(m)
}
