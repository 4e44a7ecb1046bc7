package main

import "errors"
type T struct{ X int }
type S string
func main() {
	defer func() {
		panic(errors.New("third"))
	}()
	defer func() {
		panic(T{1})
	}()
	defer func() {
		panic(S("x"))
	}()
	panic(3.5)
}
