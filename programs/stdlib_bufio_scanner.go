package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	// stdin is /dev/null under the conformance driver: no lines, then EOF.
	sc := bufio.NewScanner(os.Stdin)
	lines := 0
	for sc.Scan() {
		lines++
	}
	fmt.Println("lines:", lines, sc.Err())
	rd := bufio.NewReader(os.Stdin)
	s, err := rd.ReadString('\n')
	fmt.Printf("%q %v %v\n", s, err, err == io.EOF)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "%d %s\n", 42, "buffered")
	w.WriteString("direct\n")
	w.WriteByte('!')
	w.WriteRune('é')
	w.WriteString("\n")
	fmt.Fprintln(os.Stdout, "to stdout", len(os.Args) > 0)
	os.Stdout.WriteString("write string\n")
	var sb strings.Builder
	fmt.Fprint(&sb, "a", 1, 2, "b")
	fmt.Fprintln(w, sb.String())
	fmt.Println(os.Getenv("MINIGO_SURELY_UNSET") == "")
}
