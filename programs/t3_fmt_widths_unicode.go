package main

import "fmt"

type Grade rune
type Pct float64

func (p Pct) String() string { return fmt.Sprintf("%.1f%%", float64(p)) }

func main() {
	names := []string{"Zoë", "日本", "abc", ""}
	for _, n := range names {
		fmt.Printf("|%-6s|%6s|%.2s|%-4q|\n", n, n, n, n)
	}
	fmt.Printf("|%5c|%-3c|%U|\n", '日', 'x', 'ë')
	g := Grade('A')
	fmt.Printf("%v %c %q %d\n", g, g, g, g)
	ps := []Pct{12.345, 100, 0.05}
	fmt.Printf("%v %s %6v|%-8v|\n", ps, ps[0], ps[1], ps[2])
	fmt.Printf("%8.3f|%-8.2e|%+.0f|% .1f\n", 3.14159, 31415.9, 2.5, 1.25)
	fmt.Printf("%x|%X|% x|%#x\n", "Zoë", []byte("hi"), []byte{1, 2, 255}, "ab")
	fmt.Printf("%3d|%-3d|%03d|%+03d\n", -7, -7, -7, 7)
	fmt.Printf("%t|%6t|%-6t|\n", true, false, true)
	fmt.Printf("%o|%#o|%b|%#b\n", 64, 64, 10, 10)
	fmt.Printf("%.3g|%.10g|%g|%G\n", 1234.5678, 1.0/3, 1e-10, 2.5e30)
	fmt.Printf("%v|%.2v|%5.1v\n", 1+2i, 1.234+5.678i, complex64(3))
	fmt.Printf("%*s|%-*s|%.*s\n", 5, "r", 5, "l", 2, "trunc")
	fmt.Printf("%[2]s-%[1]s-%s\n", "a", "b", "c")
	fmt.Printf("%v %v\n", []Grade{'x', 'y'}, map[Grade]Pct{'B': 50})
	type pt struct{ X, Y int }
	fmt.Printf("%v|%+v|%#v|%T\n", []pt{{1, 2}}, []*pt{}, [1]pt{}, map[pt][]pt{})
	fmt.Printf("%s|%v|%d\n", []string{}, [][]int{{}, {1}}, [][]int{nil})
	fmt.Printf("%5.2f%%|%-5d%%\n", 99.5, 3)
}
