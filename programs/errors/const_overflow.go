package main

func main() {
	var a int8 = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var b uint = -1  // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	const c int8 = 100
	_ = c * 3        // ERROR "c \* 3 \(constant 300 of type int8\) overflows int8"
	_ = int8(200)    // ERROR "cannot convert 200 \(untyped int constant\) to type int8"
	const big = 1 << 100
	var d int = big // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	_, _, _ = a, b, d
}
