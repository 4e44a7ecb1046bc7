package main

import "fmt"

type OpError struct {
	Op   string
	Code int
}

func (e *OpError) Error() string { return fmt.Sprintf("op %s failed with code %d", e.Op, e.Code) }

func do() error { return &OpError{"write", 5} }

func main() {
	err := do()
	var oe *OpError
	fmt.Println(err.(*OpError) == err, oe == nil)
	panic(err)
}
