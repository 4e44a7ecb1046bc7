package main

import (
	"errors"
	"fmt"
)

type StatusErr struct{ Code int }

func (e StatusErr) Error() string { return fmt.Sprintf("status %d", e.Code) }
func (e StatusErr) Is(target error) bool {
	t, ok := target.(StatusErr)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

type PathErr struct {
	Path string
	Err  error
}

func (e *PathErr) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *PathErr) Unwrap() error { return e.Err }

var ErrPerm = errors.New("permission denied")

func main() {
	e := fmt.Errorf("request: %w", StatusErr{404})
	fmt.Println(e)
	fmt.Println(errors.Is(e, StatusErr{404}), errors.Is(e, StatusErr{0}), errors.Is(e, StatusErr{500}))
	var se StatusErr
	fmt.Println(errors.As(e, &se), se.Code)

	p := fmt.Errorf("open failed: %w", &PathErr{"/etc/x", ErrPerm})
	fmt.Println(p)
	var pe *PathErr
	if errors.As(p, &pe) {
		fmt.Println("as *PathErr:", pe.Path, pe.Err == ErrPerm)
	}
	fmt.Println(errors.Is(p, ErrPerm), errors.Unwrap(errors.Unwrap(p)) == ErrPerm)
	fmt.Println(errors.Unwrap(ErrPerm) == nil, errors.Is(nil, ErrPerm), errors.Is(nil, nil))
	var target interface{ Timeout() bool }
	fmt.Println(errors.As(p, &target))
	w := fmt.Errorf("no wrap: %v", ErrPerm)
	fmt.Println(errors.Is(w, ErrPerm), errors.Unwrap(w) == nil)
	fmt.Printf("%T %T %T\n", e, ErrPerm, w)
}
