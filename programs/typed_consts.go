package main

import "fmt"

type Celsius float64
type Count int

const Boiling Celsius = 100
const Limit Count = 3

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	const a int8 = 100
	const b = a / 3
	fmt.Println(a, b)
	fmt.Printf("%T %v\n", b, b)
	const f float32 = 1.0 / 3
	fmt.Println(f)
	var n Count = Limit * 2
	fmt.Println(n)
	fmt.Printf("%T %d\n", n, n)
	const u uint16 = 1<<16 - 1
	fmt.Println(u)
	const mixed = 'a' * 2.0
	fmt.Println(mixed)
	fmt.Println(Boiling)
}
