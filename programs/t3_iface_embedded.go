package main

import (
	"fmt"
	"sort"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}
type Closer interface{ Close() error }
type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type File struct {
	name   string
	data   []string
	closed bool
}

func (f *File) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}
func (f *File) Write(s string) int { f.data = append(f.data, s); return len(s) }
func (f *File) Close() error {
	if f.closed {
		return fmt.Errorf("%s: already closed", f.name)
	}
	f.closed = true
	return nil
}

type Animal interface {
	Sound() string
	Name() string
}
type base struct{ name string }

func (b base) Name() string { return b.name }

type Dog struct{ base }
type Cat struct{ base }

func (Dog) Sound() string { return "woof" }
func (Cat) Sound() string { return "meow" }

type byName []Animal

func (a byName) Len() int           { return len(a) }
func (a byName) Less(i, j int) bool { return a[i].Name() < a[j].Name() }
func (a byName) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	f := &File{name: "f1"}
	var rwc ReadWriteCloser = f
	rwc.Write("hello")
	rwc.Write("world")
	var r Reader = rwc
	fmt.Println(r.Read())
	var rw ReadWriter = rwc
	fmt.Println(rw.Read(), rw.Read() == "")
	fmt.Println(rwc.Close(), rwc.Close())
	w, ok := r.(Writer)
	fmt.Println(ok, w.Write("x"), len(f.data))
	_, ok = r.(interface{ Flush() })
	fmt.Println(ok)

	zoo := []Animal{Dog{base{"rex"}}, Cat{base{"tom"}}, Dog{base{"ace"}}, Cat{base{"kit"}}}
	sort.Sort(byName(zoo))
	for _, a := range zoo {
		fmt.Printf("%s says %s (%T)\n", a.Name(), a.Sound(), a)
	}
	counts := map[string]int{}
	for _, a := range zoo {
		switch a.(type) {
		case Dog:
			counts["dog"]++
		case Cat:
			counts["cat"]++
		}
	}
	fmt.Println(counts)
	var e interface{} = zoo[0]
	if n, ok := e.(interface{ Name() string }); ok {
		fmt.Println("has name", n.Name())
	}
	fmt.Printf("%v %+v\n", zoo[0], zoo[1])
}
