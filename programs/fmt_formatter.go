package main

import (
	"fmt"
	"strings"
)

// A Formatter sees the verb, flags, width and precision through fmt.State.
type Money struct {
	Cents int64
	Cur   string
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "%s %d.%02d", m.Cur, m.Cents/100, m.Cents%100)
			return
		}
		s := fmt.Sprintf("%d.%02d", m.Cents/100, m.Cents%100)
		if w, ok := f.Width(); ok && len(s) < w {
			if f.Flag('-') {
				s += strings.Repeat(" ", w-len(s))
			} else {
				s = strings.Repeat(" ", w-len(s)) + s
			}
		}
		f.Write([]byte(s))
	case 'd':
		fmt.Fprint(f, m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

// A pointer-receiver Formatter.
type Vec struct{ X, Y float64 }

func (v *Vec) Format(f fmt.State, c rune) {
	p, ok := f.Precision()
	if !ok {
		p = 1
	}
	fmt.Fprintf(f, "<%.*f, %.*f>", p, v.X, p, v.Y)
}

// GoStringer is used by %#v only.
type Point struct{ X, Y int }

func (p Point) GoString() string { return fmt.Sprintf("Pt(%d, %d)", p.X, p.Y) }
func (p Point) String() string   { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Boom struct{}

func (Boom) Format(f fmt.State, c rune) { panic("format failed") }

type NilFmt struct{ n int }

func (p *NilFmt) Format(f fmt.State, c rune) { fmt.Fprintf(f, "n=%d", p.n) }

type Flags struct{}

func (Flags) Format(f fmt.State, c rune) {
	for _, fl := range "-+# 0" {
		if f.Flag(int(fl)) {
			fmt.Fprintf(f, "[%c]", fl)
		}
	}
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "%c w=%d,%v p=%d,%v", c, w, wok, p, pok)
}

func main() {
	m := Money{12345, "EUR"}
	fmt.Println(m)
	fmt.Printf("%v|%+v|%10v|%-10v|%d|%x\n", m, m, m, m, m, m)
	fmt.Println(fmt.Sprint(m, m), fmt.Sprintf("%s", []Money{m, {5, "USD"}}))
	v := &Vec{1.25, -2}
	fmt.Printf("%v %.3v\n", v, v)
	fmt.Println(v, Vec{3, 4})
	p := Point{1, 2}
	fmt.Printf("%v %+v %#v %s\n", p, p, p, p)
	fmt.Printf("%#v\n", []Point{{1, 2}, {3, 4}})
	fmt.Printf("%#v\n", map[string]Point{"a": {5, 6}})
	fmt.Println(Boom{})
	fmt.Printf("%d|%s\n", Boom{}, Boom{})
	var nf *NilFmt
	fmt.Println(nf, &NilFmt{7})
	fmt.Printf("%v\n", Flags{})
	fmt.Printf("%+8.3x\n", Flags{})
	fmt.Printf("%-#05d\n", Flags{})
	fmt.Printf("% q\n", Flags{})
	fmt.Printf("%#v\n", Flags{})
	var st fmt.Stringer = p
	fmt.Println(st.String())
	var gs fmt.GoStringer = p
	fmt.Println(gs.GoString())
	var fm fmt.Formatter = m
	fmt.Printf("%v %T\n", fm, fm)
	fmt.Println(fmt.Sprintf("%6.2v", m), len(fmt.Sprintf("%6v", m)))
	fmt.Println(fmt.Errorf("paid %v", m))
}
