package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, recover())
	}()
	f()
}

func main() {
	s := make([]int, 3, 5)
	a := [4]int{}
	str := "hello"
	i, j, k := 1, 0, 6
	try("low>high", func() { _ = s[2:i] })
	try("high>cap", func() { _ = s[:k] })
	try("3idx max>cap", func() { _ = s[0:2:k] })
	try("3idx high>max", func() { _ = s[0:4:i+2] })
	try("3idx low>high", func() { _ = s[2:i:4] })
	try("index", func() { _ = s[k] })
	try("neg", func() { j--; _ = s[j] })
	try("arr", func() { _ = a[k] })
	try("arr slice", func() { _ = a[:k] })
	try("str index", func() { _ = str[k] })
	try("str slice", func() { _ = str[k:] })
	try("str slice2", func() { _ = str[3:i] })
	try("nil", func() { var n []int; _ = n[0] })
	try("ok", func() { _ = s[1:5] })
	var p *[4]int
	try("nil arr ptr", func() { _ = p[1] })
	_ = s[:k]
}
