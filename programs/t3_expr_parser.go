package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Token struct {
	Kind string
	Val  string
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
				j++
			}
			toks = append(toks, Token{"num", s[i:j]})
			i = j
		case strings.ContainsRune("+-*/()", rune(c)):
			toks = append(toks, Token{"op", string(c)})
			i++
		default:
			return nil, fmt.Errorf("bad char %q at %d", c, i)
		}
	}
	return toks, nil
}

type Parser struct {
	toks []Token
	pos  int
}

var ErrEOF = errors.New("unexpected end")

func (p *Parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *Parser) expr() (float64, error) {
	l, err := p.term()
	if err != nil {
		return 0, err
	}
	for t := p.peek(); t != nil && (t.Val == "+" || t.Val == "-"); t = p.peek() {
		p.pos++
		r, err := p.term()
		if err != nil {
			return 0, err
		}
		if t.Val == "+" {
			l += r
		} else {
			l -= r
		}
	}
	return l, nil
}

func (p *Parser) term() (float64, error) {
	l, err := p.factor()
	if err != nil {
		return 0, err
	}
	for t := p.peek(); t != nil && (t.Val == "*" || t.Val == "/"); t = p.peek() {
		p.pos++
		r, err := p.factor()
		if err != nil {
			return 0, err
		}
		if t.Val == "*" {
			l *= r
		} else {
			if r == 0 {
				return 0, errors.New("division by zero")
			}
			l /= r
		}
	}
	return l, nil
}

func (p *Parser) factor() (float64, error) {
	t := p.peek()
	if t == nil {
		return 0, ErrEOF
	}
	p.pos++
	switch {
	case t.Kind == "num":
		return strconv.ParseFloat(t.Val, 64)
	case t.Val == "(":
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if n := p.peek(); n == nil || n.Val != ")" {
			return 0, fmt.Errorf("missing ): %w", ErrEOF)
		}
		p.pos++
		return v, nil
	case t.Val == "-":
		v, err := p.factor()
		return -v, err
	}
	return 0, fmt.Errorf("unexpected %v", *t)
}

func eval(s string) (float64, error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.pos != len(toks) {
		err = fmt.Errorf("trailing %+v", toks[p.pos:])
	}
	return v, err
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1.5", "-(2 + 3) * -2", "2 * (3 + 4", "1 / 0", "3 $ 4", "1 2", "", "2.5.1 + 1"} {
		v, err := eval(s)
		if err != nil {
			fmt.Printf("%-16q error: %v (eof=%t)\n", s, err, errors.Is(err, ErrEOF))
			continue
		}
		fmt.Printf("%-16q = %g\n", s, v)
	}
}
