package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	s := "  Hello, World! Hello, Go!  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Count(t, "Hello"), strings.Index(t, "Go"), strings.LastIndex(t, "Hello"))
	fmt.Println(strings.Replace(t, "Hello", "Bye", 1), strings.ReplaceAll(t, "l", "L"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("a,b,,c", ",")))
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", 2))
	fmt.Printf("%q\n", strings.Fields("  a  b\tc\n "))
	fmt.Println(strings.HasPrefix(t, "Hell"), strings.HasSuffix(t, "Go!"), strings.Contains(t, "World"))
	fmt.Println(strings.Title("x"), strings.ToUpper(t), strings.ToLower("ÀBC"))
	fmt.Println(strings.Repeat("ab", 3), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.Trim("--a--", "-"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.ContainsAny("hello", "xyz"), strings.IndexAny("golang", "nl"))
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "/"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.FieldsFunc("a1b2c3", func(r rune) bool { return r >= '0' && r <= '9' }))

	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	i64, _ := strconv.ParseInt("-ff", 16, 64)
	u, _ := strconv.ParseUint("777", 8, 32)
	bb, err := strconv.ParseBool("true")
	fmt.Println(i64, u, bb, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(35, 36))
	fmt.Println(strconv.Quote("tab\there \"q\""), strconv.QuoteRune('☺'), strconv.QuoteToASCII("日本"))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	fmt.Println(strconv.FormatBool(false), strconv.AppendInt([]byte("n="), 42, 10))
	fmt.Println(string(strconv.AppendQuote(nil, "x")))
	words := strings.Split("one two three", " ")
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	fmt.Println(strings.Join(words, " "))
	fmt.Println(strings.Index("chicken", "dmr"))
	fmt.Println(strings.Cut("key=value", "="))
	before, after, found := strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
}
