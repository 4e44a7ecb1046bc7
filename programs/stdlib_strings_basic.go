package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "Hello, World! Hello, Go!"
	fmt.Println(strings.Contains(s, "World"), strings.Contains(s, "world"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsRune(s, 'G'), strings.ContainsAny(s, "xyz!"), strings.ContainsAny(s, ""))
	fmt.Println(strings.HasPrefix(s, "Hello"), strings.HasSuffix(s, "Go!"), strings.HasSuffix(s, "x"))
	fmt.Println(strings.Index(s, "Hello"), strings.LastIndex(s, "Hello"), strings.Index(s, "nope"), strings.LastIndex(s, ""))
	fmt.Println(strings.IndexByte(s, 'W'), strings.IndexRune("chicken", 'k'), strings.IndexRune("héllo", 'l'), strings.IndexAny("golang", "ny"))
	fmt.Println(strings.LastIndexAny("golang", "go"), strings.LastIndexByte("abcabc", 'b'))
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a man a plan a canal panama", "a "))
	fmt.Printf("%q\n", strings.Split(" xyz ", ""))
	fmt.Printf("%q\n", strings.Split("", "Bernardo O'Higgins"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q %q\n", strings.SplitN("a,b,c,d", ",", 0), strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Join(nil, ","), strings.Join([]string{"solo"}, ","))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"), strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2))
	fmt.Println(strings.ToUpper("Hello, wörld ß ÿ"), strings.ToLower("HELLO, WÖRLD Σ"), strings.Title("hello wide world"))
	fmt.Printf("[%s] [%s] [%s]\n", strings.TrimSpace("  \t hi there \n "), strings.Trim("xxhixx", "x"), strings.Trim("¡¡Hola!!", "!¡"))
	fmt.Printf("[%s] [%s] [%s] [%s]\n", strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"))
	fmt.Printf("[%s]\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.Fields("  foo bar  baz   "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3;;d", func(r rune) bool { return unicode.IsDigit(r) || r == ';' }))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("σ", "Σ"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r
	}, "banana"))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }), strings.LastIndexFunc("go123", unicode.IsLetter))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a < b && c > d"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "b", "")
	fmt.Println(r2.Replace("aaab"))
	fmt.Println(strings.ToUpper("abc") == "ABC", strings.ToLower("already lower"))
}
