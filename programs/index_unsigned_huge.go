package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	var a [4]int
	str := "abc"
	var u uint = 1<<64 - 1
	var u64 uint64 = 1 << 63
	var up uintptr = 1<<64 - 2
	var u32 uint32 = 1<<32 - 1
	try(func() { _ = s[u] })
	try(func() { _ = a[u64] })
	try(func() { _ = str[up] })
	try(func() { _ = s[u32] })
	try(func() { s[u] = 1 })
	try(func() { _ = s[u:] })
	try(func() { _ = s[:u64] })
	try(func() { _ = str[u:] })
	i := -1
	try(func() { _ = s[i] })
	p := &a
	try(func() { _ = p[u] })
}
