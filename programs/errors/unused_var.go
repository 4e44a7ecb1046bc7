package main

func main() {
	x := 1 // ERROR "x declared but not used"
	var y int // ERROR "y declared but not used"
	z := 2 // ERROR "z declared but not used"
	z = 3
	w := 0
	w++
}
