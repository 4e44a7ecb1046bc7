package main

func f() int {
	return // ERROR "not enough return values"
}

func g() {
	return 1 // ERROR "too many return values"
}

func h() (int, string) {
	return 1 // ERROR "not enough return values"
}

func k() (int, string) {
	return "a", 1 // ERROR "cannot use .a. \(untyped string constant\) as int value in return statement" "cannot use 1 \(untyped int constant\) as string value in return statement"
}

func main() {
	f()
	g()
	h()
	k()
}
