package main

import (
	"fmt"
	"io"
)

type File struct{}

func (f *File) Read(p []byte) (int, error) { return 0, io.EOF }

func main() {
	var r io.Reader = &File{}
	f := r.(File)
	fmt.Println(f)
}
