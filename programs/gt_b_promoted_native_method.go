package main

import (
	"bytes"
	"fmt"
	"strings"
)

type shadow struct{ f int }

func (shadow) String() string { return "deep" }

type deep struct{ shadow }

type N struct {
	deep
	*bytes.Buffer
}

type W struct {
	*strings.Builder
}

func main() {
	var i fmt.Stringer = N{deep{}, bytes.NewBufferString("from buffer")}
	fmt.Println(i.String())
	s := struct {
		deep
		*bytes.Buffer
	}{deep{}, bytes.NewBufferString("unnamed")}
	i = s
	fmt.Println(i.String(), s.Len())
	w := W{&strings.Builder{}}
	var sw fmt.Stringer = w
	w.WriteString("built")
	fmt.Println(sw.String(), w.Len())
}
