package main

func main() {
	var e interface{} = "str"
	n := e.(int)
	println(n)
}
