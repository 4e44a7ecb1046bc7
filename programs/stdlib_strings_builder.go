package main

import (
	"fmt"
	"strings"
)

type T struct {
	name string
	sb   strings.Builder
}

func main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.WriteByte('x')
	n, err := b.WriteRune('世')
	fmt.Println(n, err)
	n, err = b.Write([]byte("abc"))
	fmt.Println(n, err)
	b.Grow(100)
	fmt.Println(b.String(), b.Len())
	t := &T{name: "t"}
	for i := 0; i < 1000; i++ {
		t.sb.WriteString("ab")
	}
	s := t.sb.String()
	fmt.Println(len(s), s[:6], s[len(s)-4:])
	var parts []string
	for i := 0; i < 3; i++ {
		var sb strings.Builder
		sb.WriteString(strings.Repeat("-", i))
		sb.WriteRune('é')
		parts = append(parts, sb.String())
	}
	fmt.Println(parts)
}
