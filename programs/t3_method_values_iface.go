package main

import (
	"fmt"
	"sort"
	"strings"
)

type Logger interface{ Log(string) string }
type prefixLog struct{ p string }

func (l prefixLog) Log(s string) string { return l.p + s }

type Svc struct {
	Logger
	name string
}

type Inner struct{ v int }

func (i *Inner) Inc() int { i.v++; return i.v }
func (i Inner) Get() int  { return i.v }

type Outer struct{ *Inner }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	s := Svc{prefixLog{"> "}, "svc"}
	f := s.Log
	s.Logger = prefixLog{"# "}
	fmt.Println(f("a"), s.Log("b"))
	g := Logger.Log
	fmt.Println(g(s, "c"), g(prefixLog{"$"}, "d"))
	o := Outer{&Inner{1}}
	inc := o.Inc
	get := o.Get
	inc()
	inc()
	fmt.Println(o.v, get(), o.Get())
	h := (*Outer).Inc
	fmt.Println(h(&o))
	k := Outer.Get
	fmt.Println(k(o))
	temps := []Celsius{0, 100, -40}
	fs := make([]func() float64, 0)
	for _, t := range temps {
		fs = append(fs, t.F)
	}
	for _, fn := range fs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	conv := Celsius.F
	fmt.Println(conv(37))
	words := byLen(strings.Fields("a quick brown fox jumped"))
	sort.Stable(words)
	fmt.Println(words, sort.IsSorted(words))
	var lg Logger
	defer func() { fmt.Println("recovered:", recover()) }()
	fn := lg.Log
	fmt.Println("not reached", fn)
}
