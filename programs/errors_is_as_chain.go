package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryErr struct {
	Q   string
	Err error
}

func (e *QueryErr) Error() string { return e.Q + ": " + e.Err.Error() }
func (e *QueryErr) Unwrap() error { return e.Err }

type codeErr int

func (c codeErr) Error() string        { return fmt.Sprintf("code %d", int(c)) }
func (c codeErr) Is(target error) bool { return target == ErrNotFound && c == 404 }

func main() {
	e := fmt.Errorf("layer: %w", &QueryErr{"select", ErrNotFound})
	fmt.Println(e)
	fmt.Println(errors.Is(e, ErrNotFound), errors.Is(e, errors.New("not found")))
	var qe *QueryErr
	fmt.Println(errors.As(e, &qe), qe.Q)
	fmt.Println(errors.Unwrap(errors.Unwrap(e)) == ErrNotFound, errors.Unwrap(ErrNotFound) == nil)
	fmt.Println(errors.Is(codeErr(404), ErrNotFound), errors.Is(codeErr(500), ErrNotFound))
	var ce codeErr
	fmt.Println(errors.As(fmt.Errorf("x: %w", codeErr(3)), &ce), ce)
	fmt.Println(fmt.Errorf("no wrap %d", 1), errors.Unwrap(fmt.Errorf("no wrap")) == nil)
	var nilErr error
	fmt.Println(errors.Is(nilErr, nil), errors.Is(e, nil))
}
