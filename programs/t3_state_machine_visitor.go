package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	Running
	Stopped
)

func (s State) String() string {
	return [...]string{"Idle", "Running", "Stopped"}[s]
}

type Event string

type Machine struct {
	state State
	trans map[State]map[Event]State
	log   []string
}

func NewMachine() *Machine {
	return &Machine{
		trans: map[State]map[Event]State{
			Idle:    {"start": Running},
			Running: {"stop": Stopped, "pause": Idle},
			Stopped: {},
		},
	}
}

func (m *Machine) Fire(e Event) error {
	next, ok := m.trans[m.state][e]
	if !ok {
		return fmt.Errorf("invalid event %q in state %v", e, m.state)
	}
	m.log = append(m.log, fmt.Sprintf("%v -%s-> %v", m.state, e, next))
	m.state = next
	return nil
}

type Visitor interface {
	VisitNum(n int) string
	VisitAdd(a, b Node) string
}

type Node interface{ Accept(v Visitor) string }
type Num int
type Add struct{ L, R Node }

func (n Num) Accept(v Visitor) string { return v.VisitNum(int(n)) }
func (a Add) Accept(v Visitor) string { return v.VisitAdd(a.L, a.R) }

type printer struct{ depth int }

func (p *printer) VisitNum(n int) string { return fmt.Sprint(n) }
func (p *printer) VisitAdd(a, b Node) string {
	p.depth++
	defer func() { p.depth-- }()
	return fmt.Sprintf("(%s + %s)@%d", a.Accept(p), b.Accept(p), p.depth)
}

func main() {
	m := NewMachine()
	for _, e := range []Event{"start", "pause", "stop", "start", "stop", "start"} {
		if err := m.Fire(e); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(strings.Join(m.log, "\n"))
	fmt.Printf("final: %v (%d) %T\n", m.state, m.state, m.state)
	tree := Add{Num(1), Add{Num(2), Num(3)}}
	fmt.Println(tree.Accept(&printer{}))
	fmt.Printf("%v\n", tree)
	fmt.Printf("%+v\n", tree)
	states := map[State]int{Running: 2, Idle: 1}
	fmt.Println(states)
	var sb strings.Builder
	for i := Idle; i <= Stopped; i++ {
		fmt.Fprintf(&sb, "[%-8s]", i)
	}
	fmt.Println(sb.String())
}
