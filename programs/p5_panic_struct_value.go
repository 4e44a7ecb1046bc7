package main

import "fmt"

type T struct{ X int }

type Pair struct {
	A string
	B []int
}

func catch(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%v | %+v | %#v | %T\n", r, r, r, r)
	}()
	f()
}

func main() {
	catch(func() { panic(T{X: 1}) })
	catch(func() { panic(&T{X: 2}) })
	catch(func() { panic(Pair{"a", []int{1, 2}}) })
	catch(func() { panic([]string{"x", "y"}) })
	catch(func() { panic(map[string]int{"k": 1}) })
	catch(func() { panic([2]bool{true, false}) })
	// Go prints a struct panic value as (main.T) 0xADDR; a nil pointer as (*main.T) nil
	var p *T
	panic(p)
}
