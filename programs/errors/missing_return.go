package main

func f(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func g(x int) int {
	for {
		if x > 0 {
			break
		}
	}
} // ERROR "missing return"

func h(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func ok1(x int) int {
	for {
	}
}

func ok2(x int) int {
	if x > 0 {
		return 1
	} else {
		panic("no")
	}
}

func ok3(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		return 0
	}
}

func main() {
	_ = f(1) + g(1) + h(1) + ok1(1) + ok2(1) + ok3(1)
}
