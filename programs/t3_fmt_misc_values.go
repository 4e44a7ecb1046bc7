package main

import (
	"fmt"
	"os"
	"strings"
)

type Animal interface{ Speak() string }
type Dog struct{ name string }

func (d *Dog) Speak() string { return d.name + " woof" }

type Pet struct {
	Animal
	age int
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Grid [2][3]int

func main() {
	p := Pet{&Dog{"rex"}, 3}
	fmt.Println(p.Speak())
	var a Animal = p
	fmt.Println(a.Speak())
	temps := []Temp{21.5, 19}
	fmt.Println(temps)
	fmt.Printf("%v %s %.2f\n", temps[0], temps[1], temps[0])
	var g Grid
	g[1][2] = 5
	fmt.Println(g, len(g), len(g[0]))
	fmt.Fprintf(os.Stderr, "")
	var sb strings.Builder
	sb.WriteString("x")
	fmt.Println(sb.Len(), sb.String())
	type kv struct {
		k string
		v int
	}
	kvs := []kv{{"a", 1}}
	kvs = append(kvs, kv{"b", 2})
	fmt.Printf("%v %+v\n", kvs, kvs)
	x := []interface{}{1, "a", nil, 2.5, []int{1}, map[string]int{"z": 1}, struct{}{}}
	fmt.Println(x...)
	fmt.Printf("%v\n", x)
	var ip *int
	fmt.Println(ip == nil, fmt.Sprint(ip))
	fmt.Printf("%d %v %s\n", []interface{}{1, 2}, [3]string{"a"}, []string{"x", "y"})
	fmt.Printf("%5v|%-5v|%05d\n", true, nil, -3)
	fmt.Printf("%x %X\n", "hello", []string{"ab", "cd"})
	fmt.Printf("%08.3f|%+08d|% 5d|%-+6d|\n", -3.14159, 42, 42, 42)
	fmt.Printf("%#o %#x %#v %#v\n", 0, 0, uint8(3), int64(-3))
	fmt.Printf("%v %v\n", complex(1, -2), complex64(complex(0.5, 0)))
	fmt.Printf("%T %T %T\n", nil, error(nil), struct{ a int }{})
	fmt.Printf("%#v %#v\n", struct{ a int }{1}, &struct{ B string }{"x"})
	sl := []int{1, 2}
	fmt.Printf("%v\n", &sl)
	mp, ab := map[string]int{"a": 1}, [2]bool{true}
	fmt.Printf("%v %+v\n", &mp, &ab)
	fmt.Printf("%s\n", &kv{"s", 2})
	fmt.Printf("%q\n", 'x')
	fmt.Printf("%U %c\n", 0x1F600, 0x1F600)
	fmt.Printf("%6.2v|\n", "abcdef")
	fmt.Printf("%-8q|%8q|\n", "a", "b")
	fmt.Printf("%.1f %.1f %.1f %.1f\n", 0.05, 0.15, 0.25, 0.35)
	fmt.Printf("%g %g %g %g\n", 100000.0, 1000000.0, 1e-4, 1e-5)
	fmt.Printf("%v %v\n", float32(1e-7), float32(3.4e38))
	fmt.Printf("%.3e %.3E\n", 123456.789, 0.000123)
	fmt.Printf("%b\n", 1.0)
	fmt.Println(1e100, 123456789.123, 0.000001, 12345678901234567890.0)
}
