package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var b bytes.Buffer
	b.WriteString("line one\nline two\nrest")
	for {
		line, err := b.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	fmt.Println(b.Len())

	b.WriteString("héllo, world")
	r, n, err := b.ReadRune()
	fmt.Println(r, n, err)
	r, n, err = b.ReadRune()
	fmt.Println(string(r), n, err, b.UnreadRune(), b.UnreadRune())
	c, err := b.ReadByte()
	fmt.Println(c, err, b.UnreadByte(), b.Len())
	fmt.Printf("%q\n", b.Next(5))
	p := make([]byte, 4)
	k, err := b.Read(p)
	fmt.Println(k, err, string(p[:k]))
	line, err := b.ReadBytes('!')
	fmt.Printf("%q %v\n", line, err)
	k, err = b.Read(p)
	fmt.Println(k, err == io.EOF)
	k, err = b.Read(nil)
	fmt.Println(k, err)
	_, err = b.ReadByte()
	fmt.Println(err == io.EOF)
	_, _, err = b.ReadRune()
	fmt.Println(err == io.EOF)

	// A Buffer as an io.Reader.
	src := bytes.NewBufferString("abcdefghij")
	var r2 io.Reader = src
	chunk := make([]byte, 3)
	for {
		n, err := r2.Read(chunk)
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Print(string(chunk[:n]), "|")
	}
	// Writes after reads reuse the space.
	var w bytes.Buffer
	for i := 0; i < 10; i++ {
		w.WriteString("0123456789")
		w.Next(7)
	}
	fmt.Println(w.Len(), w.Cap(), w.String())
}
