package main

import (
	"fmt"
	"os"
)

type T struct{ A int }

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "x", 3.5)
	fmt.Printf("no verbs\n", true)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n", 3)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%f\n", "str")
	fmt.Printf("%d\n", T{1})
	fmt.Printf("%s\n", T{2})
	fmt.Printf("%x\n", T{255})
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%s\n", []int{1})
	fmt.Printf("%q\n", 3.5)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%.2d|%.0d|\n", 7, 0)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%[x]d\n", 1)
	fmt.Printf("%*d\n", "a", 5)
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%c|%c\n", "s", 65.0)
	fmt.Printf("%v %v\n", &T{3}, []*int{nil})
	fmt.Printf("%s\n", error(nil))
	fmt.Printf("%d %s\n", true, false)
	s := fmt.Sprintf("%d items", 3, 4)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.0, 'c', nil, nil, "d"))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("a", "b"), fmt.Sprint(1, "a", 2))
	fmt.Println(fmt.Sprintln("x", 1, "y") + "|")
	fmt.Fprintln(os.Stdout, "to stdout", 1, true)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 9)
	n, err := fmt.Printf("%5s\n", "ab")
	fmt.Println(n, err)
	fmt.Print("a", "b", 1, 2, true, "c\n")
	fmt.Print(1, 2, "\n")
}
