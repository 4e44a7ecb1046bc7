package main

import (
	"errors"
	"fmt"
	"strconv"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

var ErrPermission = errors.New("permission denied")

func lookup(db map[string]int, key string) (int, error) {
	if key == "root" {
		return 0, &OpError{"lookup", ErrPermission}
	}
	v, ok := db[key]
	if !ok {
		return 0, &OpError{"lookup", NotFound{key}}
	}
	return v, nil
}

func parseAll(ss []string) ([]int, error) {
	var out []int
	for i, s := range ss {
		n, err := strconv.Atoi(s)
		if err != nil {
			return out, fmt.Errorf("item %d: %w", i, err)
		}
		out = append(out, n)
	}
	return out, nil
}

func mayFail(fail bool) error {
	var p *OpError
	if fail {
		p = &OpError{"x", errors.New("y")}
	}
	return p // non-nil interface even when p is nil
}

func main() {
	db := map[string]int{"a": 1}
	for _, k := range []string{"a", "b", "root"} {
		v, err := lookup(db, k)
		var nf NotFound
		var op *OpError
		switch {
		case err == nil:
			fmt.Println("ok", v)
		case errors.Is(err, ErrPermission):
			fmt.Println("perm:", err)
		case errors.As(err, &nf):
			fmt.Println("missing key", nf.Key, "|", err)
		}
		if errors.As(err, &op) {
			fmt.Println("  op =", op.Op)
		}
	}
	nums, err := parseAll([]string{"1", "2", "x3"})
	fmt.Println(nums, err)
	var op2 *OpError
	fmt.Println(errors.As(err, &op2), op2 == nil)
	e := mayFail(false)
	fmt.Println(e == nil, e != nil)
	fmt.Printf("%T %v\n", e, e == (*OpError)(nil))
	var nilErr error
	fmt.Println(nilErr, nilErr == nil)
	fmt.Printf("%v %T\n", nilErr, nilErr)
	wrapped := fmt.Errorf("level2: %w", fmt.Errorf("level1: %w", NotFound{"deep"}))
	fmt.Println(wrapped)
	fmt.Println(errors.As(wrapped, new(NotFound)), errors.Is(wrapped, NotFound{"deep"}), errors.Is(wrapped, NotFound{"other"}))
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	fmt.Printf("%q %+v %#v\n", NotFound{"q"}, NotFound{"q"}, NotFound{"q"})
}
