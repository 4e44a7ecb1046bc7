package main

import (
	"bytes"
	"fmt"
	"os"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.Write([]byte("界!"))
	fmt.Fprintf(&b, " %d-%s", 42, "x")
	fmt.Println(b.String(), b.Len(), b.Cap())
	fmt.Printf("%q\n", b.Bytes())
	b.Truncate(5)
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "", b.Cap())
	for i := 0; i < 100; i++ {
		fmt.Fprint(&b, i%10)
	}
	fmt.Println(b.Len(), b.Cap(), b.String()[:20])
	b.Grow(1000)
	fmt.Println(b.Len(), b.Cap())

	nb := bytes.NewBufferString("start:")
	nb.WriteString("more")
	fmt.Println(nb.String(), nb.Len())
	nb2 := bytes.NewBuffer([]byte("abc"))
	nb2.WriteByte('d')
	fmt.Println(nb2, nb2.Len())
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())
	fmt.Fprintln(os.Stdout, "via", "stdout")

	s := []byte("  Hello, World! Hello!  ")
	fmt.Println(bytes.Contains(s, []byte("World")), bytes.Contains(s, []byte("world")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Equal([]byte("a"), []byte("b")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare(nil, nil))
	fmt.Println(bytes.Index(s, []byte("Hello")), bytes.LastIndex(s, []byte("Hello")), bytes.Index(s, []byte("zz")))
	fmt.Println(bytes.IndexByte(s, 'W'), bytes.LastIndexByte(s, 'l'), bytes.IndexRune([]byte("a世b"), '世'), bytes.IndexAny(s, "xyz!"))
	fmt.Println(bytes.Count(s, []byte("l")), bytes.Count([]byte("five"), nil), bytes.ContainsAny(s, "!?"), bytes.ContainsRune(s, 'W'))
	fmt.Println(bytes.HasPrefix(s, []byte("  He")), bytes.HasSuffix(s, []byte("!  ")), bytes.HasPrefix(s, []byte("x")))
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Printf("%q %q\n", bytes.ToUpper(s), bytes.ToLower(s))
	fmt.Printf("%q\n", bytes.Title([]byte("hello wide world")))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.Split([]byte("abc"), nil))
	fmt.Printf("%q\n", bytes.Fields([]byte("  one two\tthree\n four ")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte(", ")))
	fmt.Printf("%s|%s\n", bytes.Repeat([]byte("ab"), 3), bytes.Repeat([]byte("ab"), 0))
	fmt.Printf("%q %q %q\n", bytes.Trim([]byte("xxhixx"), "x"), bytes.TrimLeft([]byte("xxhixx"), "x"), bytes.TrimRight([]byte("xxhixx"), "x"))
	fmt.Printf("%q %q\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	fmt.Printf("%s %s\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2), bytes.ReplaceAll([]byte("oink oink"), []byte("oink"), []byte("moo")))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.Runes([]byte("héllo")))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	// nil results where Go returns nil.
	fmt.Println(bytes.TrimSpace([]byte("   ")) == nil, bytes.Trim([]byte("xx"), "x") == nil, bytes.TrimRight([]byte("xx"), "x") == nil)
	// Results share memory with the argument as in Go.
	src := []byte("aa bb cc")
	parts := bytes.Split(src, []byte(" "))
	parts[1][0] = 'X'
	fmt.Println(string(src), len(parts[0]), cap(parts[0]), cap(parts[2]))
	f := bytes.Fields(src)
	fmt.Println(len(f), cap(f[0]), cap(f[2]))
	t := bytes.TrimSpace(src[2:])
	fmt.Println(len(t), cap(t) == cap(src)-2)
	up := bytes.ToUpper(src)
	up[0] = 'q'
	fmt.Println(string(src), string(up))

	defer func() { fmt.Println("recovered:", recover()) }()
	bytes.Repeat([]byte("x"), -1)
}
