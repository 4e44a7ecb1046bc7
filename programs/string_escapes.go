package main

import "fmt"

func main() {
	fmt.Println("tab:\t|newline:\\n|quote:\"|backslash:\\")
	fmt.Println("\x41\x42\u00e9\U0001F600\101")
	raw := `raw\nstring with "quotes"
and a newline`
	fmt.Println(raw, len(raw))
	fmt.Println('a', '\n', '\'', '\x7f', '\u4e16', 'é')
	fmt.Println(len("\xff\xfe"), len("é"), len("世界"))
	fmt.Printf("%q\n", "\a\b\f\r\v")
	s := "multi" +
		"line"
	fmt.Println(s)
}
