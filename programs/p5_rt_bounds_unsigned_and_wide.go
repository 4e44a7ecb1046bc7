package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	str := "héllo"
	var u8 uint8 = 200
	var i16 int16 = -300
	var u32 uint32 = 4000000000
	try("uint8 index", func() { _ = s[u8] })
	try("int16 index", func() { _ = s[i16] })
	try("uint32 slice", func() { _ = s[u32:] })
	try("neg low", func() { lo := -1; _ = s[lo:] })
	try("3-index mid", func() { j, k := 3, 2; _ = s[0:j:k] })
	try("3-index low", func() { i, j := 2, 1; _ = s[i:j:3] })
	try("string", func() { _ = str[u8] })
	try("string slice", func() { j := 7; _ = str[2:j] })
	try("array", func() { var a [2]string; k := 2; _ = a[k] })
	try("array slice", func() { var a [2]string; k := 3; _ = a[:k] })
	var c complex128 = complex(1, 1)
	var z complex128
	fmt.Println(c/z, real(c/z) > 0)
	var sh uint = 100
	fmt.Println(1<<sh == 0, int32(-5)>>sh, uint16(7)<<sh)
}
