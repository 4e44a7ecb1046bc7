package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-42), strconv.Itoa(0), strconv.Itoa(9223372036854775807))
	for _, s := range []string{"123", "-7", "+15", "abc", "", "99999999999999999999", "-9223372036854775808", "1_000", "0x1f", " 5"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0xff", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"1__0", 0, 64},
		{"128", 10, 8}, {"-129", 10, 8}, {"-128", 10, 8}, {"z", 36, 64}, {"12", 1, 64}, {"12", 10, 65}, {"-", 10, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(n, err)
	}
	for _, s := range []string{"42", "-1", "18446744073709551615", "18446744073709551616", "256"} {
		n, err := strconv.ParseUint(s, 10, 64)
		fmt.Println(n, err)
	}
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	for _, s := range []string{"3.14", "-0.5", "1e10", "1e400", "-1e400", "inf", "-Inf", "NaN", "0x1p-2", "1.5e", "abc", ".5", "5.", "1_0.5", "0x1.8p1", "+3"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("3.1415926535", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"true", "T", "0", "False", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000001234, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(1.0/3.0, 'f', -1, 32), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatBool(true))
	fmt.Println(strconv.Quote("hello \"world\"\n\ttab é \x01"), strconv.QuoteToASCII("héllo"), strconv.QuoteRune('☺'), strconv.QuoteRune('\n'))
	for _, s := range []string{`"abc\n"`, "`raw\\n`", `'x'`, `"unterminated`, `'ab'`, `"\u00e9\x41\101"`, `abc`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	b := []byte("n=")
	b = strconv.AppendInt(b, -99, 10)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q")
	fmt.Println(string(b))
	_, err = strconv.Atoi("x1")
	if err != nil {
		fmt.Println("error:", err.Error())
	}
}
