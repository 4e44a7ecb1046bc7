package main

import (
	"errors"
	"fmt"
	"os"
	
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

type T struct{ n int }

func (t T) show(s string) { fmt.Println("show", t.n, s) }
func (t *T) inc()         { t.n++ }

func loop() (s []int) {
	for i := 0; i < 3; i++ {
		defer func(i int) { s = append(s, i) }(i)
	}
	return nil
}

func wrapped() {
	defer helper()
	panic("via helper")
}
func helper() { fmt.Println("helper recovers", recover()) }

func notDirect() {
	defer func() {
		fmt.Println("outer recover:", recover())
	}()
	defer func() {
		func() { fmt.Println("nested recover:", recover()) }()
	}()
	panic("p")
}

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.code) }

func main() {
	q, err := safeDiv(10, 2)
	fmt.Println(q, err)
	q, err = safeDiv(1, 0)
	fmt.Println(q, err)
	t := T{1}
	func() {
		defer t.show("x")
		defer fmt.Println("println deferred", t.n)
		defer println("builtin println")
		t.inc()
	}()
	fmt.Println(loop())
	wrapped()
	notDirect()
	e1 := errors.New("base")
	e2 := fmt.Errorf("wrap: %w", e1)
	e3 := fmt.Errorf("wrap2: %w", e2)
	fmt.Println(e3, errors.Is(e3, e1), errors.Unwrap(e3) == e2, errors.Is(e1, e2))
	var me error = &MyErr{7}
	e4 := fmt.Errorf("ctx: %w", me)
	var target *MyErr
	fmt.Println(errors.As(e4, &target), target.code)
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		var a []int
		i := 5
		_ = a[i]
	}()
	defer fmt.Println("main deferred")
	func() {
		defer os.Exit(3)
	}()
}
