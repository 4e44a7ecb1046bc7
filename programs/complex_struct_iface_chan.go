package main

import "fmt"

type S struct {
	A complex64
	B complex128
}

func main() {
	s1, s2 := S{1, 2i}, S{1, 2i}
	fmt.Println(s1 == s2, [2]complex128{1, 2} == [2]complex128{1, 2})
	var e1, e2 interface{} = complex64(1 + 1i), complex64(1 + 1i)
	fmt.Println(e1 == e2)
	c := 3 + 4i
	c += 1
	c -= 2i
	c /= 2
	fmt.Printf("%v %g %e %.1f %8.2f|\n", c, c, c, c, complex64(c))
	fmt.Println(fmt.Sprint(c), fmt.Sprintf("%T", 1i))
	var z complex64
	fmt.Println(z, -z, z == 0)
	f := float64(real(c)) + imag(c)
	fmt.Println(f, complex(f, -f))
	ch := make(chan complex128, 1)
	ch <- c * c
	fmt.Println(<-ch)
	arr := []complex64{1, 2, 3}
	arr = append(arr, 4i)
	fmt.Println(arr, len(arr))
}
