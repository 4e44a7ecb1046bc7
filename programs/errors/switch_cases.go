package main

func main() {
	x := 2
	switch x {
	case 1: // ERROR "previous case"
	case 2, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	}
	var i interface{} = x
	switch i.(type) {
	case int: // ERROR "previous case"
	case string, int: // ERROR "duplicate case int in type switch"
	}
	switch x {
	case 1:
		fallthrough
	case 2:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	switch y := i.(type) { // ERROR "y declared but not used"
	case int:
	}
}
