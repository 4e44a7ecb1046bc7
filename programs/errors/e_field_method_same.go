package main

import "fmt"

type File struct {
	Size int
}

func (f File) Size() int { return 0 }

func main() {
	fmt.Println(File{}.Size)
}
