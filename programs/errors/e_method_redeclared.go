package main

import "fmt"

type Temp struct{ v float64 }

func (t Temp) String() string { return fmt.Sprint(t.v) }

func (t Temp) String() string { return fmt.Sprintf("%.1f", t.v) }

func main() {
	fmt.Println(Temp{1.5})
}
