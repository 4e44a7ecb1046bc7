package main

import "fmt"

func main() {
	fmt.Printf("%s|%q|%v\n", "hello", "hello", "hello")
	fmt.Printf("%q\n", "tab\there\nnewline \"quoted\" back\\slash")
	fmt.Printf("%q\n", "héllo, 世界")
	fmt.Printf("%+q\n", "héllo, 世界")
	fmt.Printf("%q %q %q\n", 'a', '\n', '世')
	fmt.Printf("%q\n", "\x00\x7f\xff")
	fmt.Printf("%s\n", "")
	fmt.Printf("%q\n", "")
	fmt.Printf("%x\n", "héllo")
	s := fmt.Sprintf("%s-%s", "a", "b")
	fmt.Println(s, len(s))
	fmt.Printf("%v %s\n", true, "x")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%T %T\n", "str", true)
}
