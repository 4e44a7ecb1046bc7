package main

import "fmt"

type T struct{ n int }

func (t *T) Inc() { t.n++ }

type Incer interface{ Inc() }

func main() {
	items := []Incer{T{1}}
	fmt.Println(len(items))
}
