package main

func main() {
	c := complex(1.5, -2)
	panic(c)
}
