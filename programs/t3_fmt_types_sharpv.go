package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type HandlerFunc func(w io.Writer, args ...string) error
type Matrix [2][2]float64
type Graph map[string][]string
type Pred[T any] func(T) bool

func main() {
	var h HandlerFunc = func(w io.Writer, args ...string) error {
		_, err := fmt.Fprintln(w, strings.Join(args, ","))
		return err
	}
	fmt.Printf("%T\n", h)
	fmt.Printf("%T\n", func(int, ...string) (bool, error) { return false, nil })
	fmt.Printf("%T %T %T\n", make(chan int), make(<-chan string), make(chan<- []int))
	fmt.Printf("%T %T\n", Matrix{}, Graph{})
	fmt.Printf("%T %T\n", map[string][]*int{}, [][2]struct{ A int }{})
	fmt.Printf("%T\n", Pred[string](nil))
	fmt.Printf("%T %T\n", errors.New("x"), fmt.Errorf("w %w", io.EOF))
	fmt.Printf("%T %T %T\n", 'x', byte(1), uintptr(2))
	fmt.Printf("%T %T\n", &h, []interface{}{1})
	fmt.Printf("%T %T\n", struct {
		A int `json:"a"`
		b string
	}{}, interface{ M() }(nil))
	var w io.Writer = os.Stdout
	fmt.Printf("%T %v\n", w, w == os.Stdout)
	h(os.Stdout, "a", "b")
	fmt.Println(io.EOF, errors.Is(fmt.Errorf("wrap: %w", io.EOF), io.EOF))
	var g Graph = Graph{"a": {"b"}}
	g["b"] = append(g["b"], "c")
	fmt.Println(g, len(g))
	var m Matrix
	m[0][1] = 2.5
	fmt.Println(m, m == Matrix{{0, 2.5}, {0, 0}})
	fmt.Printf("%v %+v %#v\n", m, m, m)
	fmt.Printf("%#v\n", g)
	fmt.Printf("%#v %#v %#v\n", []string(nil), map[string]int(nil), (*int)(nil))
	fmt.Printf("%#v %#v\n", struct{}{}, [0]int{})
	fmt.Printf("%#v %#v %#v\n", 'x', "q\"", 2.0)
	fmt.Printf("%#v\n", []interface{}{int8(1), uint(2), float32(1.5), true, nil})
}
