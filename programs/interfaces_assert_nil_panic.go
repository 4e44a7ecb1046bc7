package main

func main() {
	var e interface{}
	_ = e.(int)
}
