package main

func main() {
Unused: // ERROR "label Unused defined and not used"
	for i := 0; i < 3; i++ {
		break Missing // ERROR "break label not defined: Missing"
	}
	continue // ERROR "continue is not in a loop"
Outer:
	for {
		break Outer
	}
	goto Nowhere // ERROR "label Nowhere not defined"
L:
	if true {
		break L // ERROR "invalid break label L"
	}
}
