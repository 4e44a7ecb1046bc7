package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Pixel struct {
	X, Y int
	C    Color
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

type Wrapper struct {
	Err   error
	Items []Color
	M     map[Color]int
	P     *Pixel
}

type ValErr struct{ Msg string }

func (v ValErr) Error() string { return "valerr: " + v.Msg }

type Both struct{}

func (Both) String() string { return "stringer" }
func (Both) Error() string  { return "error wins" }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %x %q\n", Green, Green, Green, Blue, Red)
	p := Pixel{1, 2, Blue}
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	fmt.Printf("%#v\n", p)
	fmt.Println([]Color{Red, Green}, [2]Color{Blue})
	fmt.Println(map[Color]string{Blue: "b", Red: "r"})

	t := Temp(21.5)
	fmt.Println(t, &t)
	fmt.Println([]*Temp{&t})
	fmt.Println([]Temp{t})

	w := Wrapper{
		Err:   ValErr{"bad"},
		Items: []Color{Blue, Color(9)},
		M:     map[Color]int{Green: 2, Red: 1},
		P:     nil,
	}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Println(errors.New("plain"), ValErr{"x"})
	var err error = ValErr{"y"}
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Println(Both{})
	fmt.Printf("%v %s\n", Both{}, []interface{}{Both{}, Red, 3})
	wrapped := fmt.Errorf("ctx: %w", err)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == err)
	fmt.Printf("%v\n", struct {
		A Color
		B *Color
	}{Green, nil})
	fmt.Println(fmt.Sprint(Red, Green), fmt.Sprint(Red, 1, 2, "a", "b", Blue))
	fmt.Printf("[%8v][%-8v][%8s]\n", Red, Green, Blue)
}
