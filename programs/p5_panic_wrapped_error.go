package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func main() {
	e1 := fmt.Errorf("layer1: %w", ErrBase)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(errors.Is(e2, ErrBase), errors.Unwrap(e2) == e1)
	panic(e2)
}
