package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		b.WriteString(strconv.Itoa(i))
		b.WriteByte(',')
	}
	fmt.Println(b.String())
	fmt.Println(strings.Split("a,b,c", ","), strings.Join([]string{"x", "y"}, "+"))
	fmt.Println(strings.ToUpper("hello"), strings.Repeat("ab", 3), strings.Contains("seafood", "foo"))
	fmt.Println(strings.Index("chicken", "ken"), strings.TrimSpace("  pad  "), strings.Fields(" a  b c "))
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("x1")
	fmt.Println(err)
	fmt.Println(strconv.Quote("hi\n"), strconv.FormatInt(-255, 16))
	bs := []byte("bytes")
	bs[0] = 'B'
	fmt.Println(string(bs), []rune("héllo")[1], string([]rune{72, 105}))
}
