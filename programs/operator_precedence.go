package main

import "fmt"

func main() {
	a, b, c := 2, 3, 4
	fmt.Println(a+b*c, (a+b)*c, a*b+c, a-b-c, a-(b-c))
	fmt.Println(a<<b+c, a<<(b+c), 100/b/a, 100/(b/a), 17%5*2)
	fmt.Println(a+b == 5 && c > 3 || false, !(a > b) && b < c)
	fmt.Println(a|b&c, (a|b)&c, a^b|c, a&^b, ^a, -a*-b)
	fmt.Println(1+2*3<<1, 1<<2*3, 7&3+1)
	t, f := true, false
	fmt.Println(t || f && f, (t || f) && f, !t == f)
	x := 5
	x += 3 * 2
	x -= 1
	x *= 2
	x /= 3
	x %= 4
	x <<= 3
	x >>= 1
	x |= 1
	x &= 7
	x ^= 2
	x &^= 1
	fmt.Println(x)
	var u uint8 = 0xf0
	fmt.Println(^u, u>>4, u<<1, -u)
	fl := 7.5
	fmt.Println(fl/2, -fl, fl*2-1, fl > 7 == true)
	fmt.Println(+a, -(-a), ^-1)
}
