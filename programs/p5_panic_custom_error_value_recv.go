package main

import "fmt"

type NotFound struct{ Name string }

func (e NotFound) Error() string { return fmt.Sprintf("%s: not found", e.Name) }

func find(name string) error { return NotFound{name} }

func main() {
	if err := find("config.yaml"); err != nil {
		panic(err)
	}
}
