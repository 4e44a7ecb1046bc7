package main

import "fmt"

type Logger interface{ Log(string) }
type Console struct{ prefix string }

func (c Console) Log(s string) { fmt.Println(c.prefix + s) }

type Service struct {
	Logger
	name string
}

type Counter struct{ n int }

func (c *Counter) Inc()       { c.n++ }
func (c Counter) Show(s string) { fmt.Println(s, c.n) }

func main() {
	svc := Service{Console{"[a] "}, "svc"}
	defer svc.Log("promoted method via embedded interface")
	var l Logger = Console{"[b] "}
	defer l.Log("interface method")
	svc.Logger = Console{"[c] "}
	l = Console{"[d] "}
	c := &Counter{}
	defer c.Show("value method on pointer, receiver copied now:")
	defer c.Inc()
	c.Inc()
	defer func() { c.Show("closure sees latest:") }()
	c.Inc()
	show := Counter.Show
	defer show(*c, "method expression:")
	c.Inc()
}
