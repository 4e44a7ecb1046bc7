package main

import (
	"fmt"
	"io"
	"os"
)

// The conformance driver runs programs with stdin from /dev/null: every
// read from stdin ends at once.
func main() {
	var n int
	var s string
	c, err := fmt.Scan(&n)
	fmt.Println(c, err, n)
	c, err = fmt.Scanln(&s)
	fmt.Println(c, err)
	c, err = fmt.Scanf("%d", &n)
	fmt.Println(c, err)
	c, err = fmt.Fscan(os.Stdin, &n, &s)
	fmt.Println(c, err)
	c, err = fmt.Fscanln(os.Stdin, &n)
	fmt.Println(c, err)
	c, err = fmt.Fscanf(os.Stdin, "%s", &s)
	fmt.Println(c, err)
	c, err = fmt.Scan()
	fmt.Println(c, err)
}

// The end of input is io.EOF itself.
func init() {
	var x int
	_, err := fmt.Scan(&x)
	fmt.Println("init:", err == io.EOF)
	_, err = fmt.Sscan("", &x)
	fmt.Println("init:", err == io.EOF)
}
