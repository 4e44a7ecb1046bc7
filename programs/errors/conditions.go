package main

func main() {
	x := 1
	if x { // ERROR "non-boolean condition in if statement"
	}
	for x { // ERROR "non-boolean condition in for statement"
	}
	s := "a"
	if s == 1 { // ERROR "invalid operation: s == 1 \(mismatched types string and untyped int\)"
	}
}
