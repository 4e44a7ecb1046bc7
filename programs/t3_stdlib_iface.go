package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

func emit(w io.Writer, parts ...string) {
	for _, p := range parts {
		w.Write([]byte(p))
	}
	fmt.Fprintln(w)
}

func main() {
	sb := &strings.Builder{}
	var s fmt.Stringer = sb
	sb.WriteString("built")
	fmt.Println(s.String())
	var w io.Writer = sb
	n, err := w.Write([]byte(" more"))
	fmt.Println(n, err, s.String())
	fmt.Fprintf(w, " %d", 42)
	fmt.Println(sb.String())

	var out io.Writer = os.Stdout
	out.Write([]byte("direct\n"))
	emit(out, "a", "b", "c")
	emit(upper{os.Stdout}, "shout", " it")
	emit(upper{sb}, "x")
	fmt.Printf("%q\n", sb.String())

	writers := []io.Writer{os.Stdout, upper{os.Stdout}}
	for i, wr := range writers {
		fmt.Fprintf(wr, "writer %d\n", i)
	}
	fmt.Printf("%T %T\n", s, out)
}
