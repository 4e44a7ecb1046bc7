package main

import "fmt"

func loopVar() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("closure sees", i) }()
	}
}

func loopArg() {
	for i := 0; i < 3; i++ {
		defer func(i int) { fmt.Println("arg got", i) }(i)
	}
}

func loopCopy() {
	for i := 0; i < 3; i++ {
		i := i
		defer func() { fmt.Println("copy sees", i) }()
	}
}

func rangeVar() {
	for _, s := range []string{"a", "b", "c"} {
		defer func() { fmt.Println("range closure", s) }()
	}
	for k, s := range []string{"x", "y"} {
		defer fmt.Println("range direct", k, s)
	}
}

func collect() (fs []func()) {
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Println("stored", i) })
	}
	return
}

func main() {
	loopVar()
	loopArg()
	loopCopy()
	rangeVar()
	for _, f := range collect() {
		f()
	}
}
