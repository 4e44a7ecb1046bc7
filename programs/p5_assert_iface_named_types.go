package main

import "fmt"

type Celsius float64
type Temp interface{ Value() float64 }

func (c Celsius) Value() float64 { return float64(c) }

func main() {
	var t Temp = Celsius(20)
	fmt.Println(t.Value())
	f := t.(interface{ Value() float64 })
	fmt.Println(f.Value())
	_ = t.(*Celsius)
}
