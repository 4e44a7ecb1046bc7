package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ s string }

func (b *Buf) Read() string { return b.s }

func main() {
	var rw ReadWriter = &Buf{}
	fmt.Println(rw.Read())
}
