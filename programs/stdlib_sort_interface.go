package main

import (
	"fmt"
	"sort"
	"strings"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	xs := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	sort.Sort(sort.IntSlice(xs))
	fmt.Println(xs, sort.IntSlice(xs).Len(), sort.IntSlice(xs).Search(5))
	ss := sort.StringSlice{"b", "c", "a"}
	ss.Sort()
	fmt.Println(ss, ss.Search("b"), ss.Less(0, 1))
	ss.Swap(0, 2)
	fmt.Println(ss)
	fs := sort.Float64Slice{2.5, -1, 3}
	sort.Stable(sort.Reverse(fs))
	fmt.Println(fs)
	words := strings.Fields("the quick brown fox jumps over a lazy dog and runs far away")
	sort.Sort(byLen(words))
	fmt.Println(words)
	words = strings.Fields("the quick brown fox jumps over a lazy dog and runs far away")
	sort.Stable(sort.Reverse(byLen(words)))
	fmt.Println(words)
	fmt.Println(sort.IsSorted(sort.Reverse(byLen(words))))
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%s", 7, "x")
	fmt.Fprint(&sb, " y ", 3)
	fmt.Fprintln(&sb, " z")
	fmt.Print(sb.String())
}
