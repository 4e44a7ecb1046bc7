package main

import "fmt"

func main() {
	fmt.Println(undefinedVar) // ERROR "undefined: undefinedVar"
	doThing()                 // ERROR "undefined: doThing"
	fmt.Printline("x")        // ERROR "undefined: fmt.Printline"
	var t T                   // ERROR "undefined: T"
	_ = t
}
