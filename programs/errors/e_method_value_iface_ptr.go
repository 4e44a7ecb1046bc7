package main

import "fmt"

type Logger interface {
	Log(string)
}

type Console struct{}

func (c *Console) Log(s string) { fmt.Println(s) }

func run(l *Logger) {
	l.Log("x")
}

func main() {
	run(&Console{})
}
