package main

import "fmt"

type P struct {
	Name string
	Age  int
	Tags []string
	Next *P
}

func main() {
	fmt.Printf("[%5d][%-5d][%05d][%+d][% d][%x][%X][%o][%O][%b]\n", 42, 42, 42, 42, 42, 255, 255, 8, 8, 5)
	fmt.Printf("[%#x][%#o][%#b][%x][% x][%#X]\n", 255, 8, 5, -255, "hi", "hi")
	fmt.Printf("[%08.3f][%-10.2f][%+.1e][%g][%G][%.3g][%10.4g]\n", 3.14159, 2.5, 12345.678, 1e21, 1e-7, 3.14159, 100.0)
	fmt.Printf("[%s][%10s][%-10s][%.2s][%q][%x][%X]\n", "go", "go", "go", "golang", "a\"b\n", "go", "Go")
	fmt.Printf("[%c][%q][%U][%#U][%d]\n", 'A', 'λ', 'λ', 'λ', 'λ')
	fmt.Printf("[%t][%v][%5t]\n", true, false, true)
	fmt.Printf("[%*d][%-*d][%.*f]\n", 6, 7, 6, 7, 2, 3.14159)
	fmt.Printf("[%p]\n", nil)
	fmt.Printf("%%|%v|%d\n", []int{1, 2}, []int{3, 4})
	fmt.Printf("%v %x %X %s\n", []byte("az"), []byte("az"), []byte{1, 171}, []byte("bytes"))
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%5.1f|%-8.3v|%8v\n", []float64{1.25, 2}, 3.14159, "r")

	p := &P{Name: "Ann", Age: 30, Tags: []string{"x"}}
	p.Next = &P{Name: "Bob"}
	fmt.Printf("%v\n", *p.Next)
	fmt.Printf("%+v\n", *p.Next)
	fmt.Printf("%#v\n", *p.Next)
	fmt.Printf("%T %T %T %T\n", p, *p, p.Tags, map[string][]int{})
	fmt.Printf("%v %+v\n", struct{}{}, struct{ A, B int }{1, 2})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 3.0, []interface{}{1, "a", nil})
	fmt.Printf("%#v %#v\n", map[string]int{"b": 2, "a": 1}, [2]bool{true})
	fmt.Printf("%v %v\n", int8(-128), uint64(18446744073709551615))
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%e %E %.0f %.0f %.0f\n", 0.0, 1.5, 0.5, 1.5, 2.5)
	fmt.Printf("%x %X %#x\n", 3.5, -1.0, 1.0)
	fmt.Printf("%s|%v|%d\n", nil, nil, nil)
	fmt.Printf("%08b|%-8b|%3c|\n", 5, 5, 'x')
	fmt.Printf("%+q %#q %#q\n", "héllo", "back`tick", "raw")
	fmt.Printf("%v %.2v %10.3v|\n", "abc", "abc", "abcdef")
	fmt.Printf("%d %d\n", []int8{-1, 2}, [3]uint{1, 2, 3})
	fmt.Printf("%t %v\n", []bool{true, false}, map[bool]int{true: 1, false: 0})
	fmt.Printf("%6.3v|%-6d|%06d\n", 1.0/3, -12, -12)
	fmt.Printf("%x %X\n", int64(-1)<<63, uint32(0xdeadbeef))
	fmt.Printf("%3d|%-3d|%03d\n", 12345, 12345, 12345)
	fmt.Printf("%.3s|%.10s|%5.1s|\n", "日本語日本語", "ab", "xyz")
	fmt.Printf("%c%c%c\n", 72, 105, 0x4E16)
	s := fmt.Sprintf("%[2]d %[1]d %d", 10, 20)
	fmt.Println(s)
	fmt.Printf("%[1]v %[1]T\n", 1.5)
}
