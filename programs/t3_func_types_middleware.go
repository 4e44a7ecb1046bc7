package main

import (
	"fmt"
	"strings"
)

type Handler interface{ Serve(req string) string }

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(req string) string { return f(req) }

type Middleware func(Handler) Handler

func Logging(prefix string, log *[]string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(req string) string {
			*log = append(*log, prefix+" in "+req)
			resp := next.Serve(req)
			*log = append(*log, prefix+" out "+resp)
			return resp
		})
	}
}

func Upper(next Handler) Handler {
	return HandlerFunc(func(req string) string { return strings.ToUpper(next.Serve(req)) })
}

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

type Router struct {
	routes map[string]HandlerFunc
}

func (r *Router) Handle(path string, f HandlerFunc) { r.routes[path] = f }
func (r *Router) Serve(req string) string {
	if h, ok := r.routes[req]; ok {
		return h(req)
	}
	return "404 " + req
}

type Visitor func(depth int, name string) bool

func walk(tree map[string][]string, node string, depth int, v Visitor) {
	if !v(depth, node) {
		return
	}
	for _, c := range tree[node] {
		walk(tree, c, depth+1, v)
	}
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	var log []string
	r := &Router{routes: map[string]HandlerFunc{}}
	r.Handle("/hi", func(s string) string { return "hello from " + s })
	r.Handle("/bye", HandlerFunc(func(s string) string { return "bye" }))
	h := Chain(r, Logging("A", &log), Upper, Logging("B", &log))
	fmt.Println(h.Serve("/hi"))
	fmt.Println(h.Serve("/nope"))
	fmt.Println(strings.Join(log, "; "))
	fmt.Printf("%T %T\n", h, r)

	tree := map[string][]string{"root": {"a", "b"}, "a": {"a1", "a2"}, "b": {"b1"}, "a2": {"deep"}}
	walk(tree, "root", 0, func(d int, n string) bool {
		fmt.Printf("%s%s\n", strings.Repeat("  ", d), n)
		return n != "a2"
	})
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
	var nilf func()
	fmt.Println(nilf == nil)
	table := []struct {
		name string
		f    func(float64) float64
	}{{"half", func(x float64) float64 { return x / 2 }}, {"sq", func(x float64) float64 { return x * x }}}
	for _, t := range table {
		fmt.Printf("%s(3)=%v ", t.name, t.f(3))
	}
	fmt.Println()
	defer func() { fmt.Println("recovered:", recover()) }()
	nilf()
}
