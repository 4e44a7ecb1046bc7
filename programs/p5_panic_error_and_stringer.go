package main

type E struct{}

func (E) Error() string  { return "error text wins" }
func (E) String() string { return "string text" }

func main() {
	panic(E{})
}
