#!/usr/bin/env python3
"""Writes a valid Go file of about N lines (default 5000) of varied, realistic
code — structs, methods, loops, switch, composite literals, closures — for
scripts/parse_speed.sh. Deterministic: the same N gives the same file."""
import sys

def unit(i):
    return f'''
type Rec{i} struct {{
	ID    int
	Name  string
	Tags  []string
	Score float64
	next  *Rec{i}
}}

func (r *Rec{i}) Add(x int) int {{
	if r == nil {{
		return 0
	}}
	r.ID += x * {i % 7 + 1}
	return r.ID
}}

func build{i}(n int) []Rec{i} {{
	out := make([]Rec{i}, 0, n)
	for k := 0; k < n; k++ {{
		out = append(out, Rec{i}{{ID: k, Name: "r", Tags: []string{{"a", "b"}}, Score: float64(k) / 2}})
	}}
	return out
}}

func classify{i}(v interface{{}}) string {{
	switch x := v.(type) {{
	case int:
		if x > {i} {{
			return "big"
		}} else if x < 0 {{
			return "neg"
		}}
		return "small"
	case string, []byte:
		return "text"
	default:
		return "other"
	}}
}}

func sum{i}(xs ...int) (total int) {{
	m := map[string]int{{"one": 1, "two": 2}}
	acc := func(d int) {{ total += d }}
	for _, x := range xs {{
		switch {{
		case x%2 == 0:
			acc(x)
		case x%3 == 0 && x > 0:
			acc(-x)
		default:
			acc(m["one"])
		}}
	}}
	defer func() {{
		if r := recover(); r != nil {{
			total = -1
		}}
	}}()
	return total << 1 >> 1
}}
'''

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    parts = ['package main\n\nimport "fmt"\n']
    lines, i = 3, 0
    while lines < n - 8:
        u = unit(i)
        parts.append(u)
        lines += u.count('\n')
        i += 1
    calls = ''.join(f'\ttotal += sum{k}(1, 2, 3)\n' for k in range(0, i, max(1, i // 4)))
    parts.append(f'\nfunc main() {{\n\ttotal := 0\n{calls}\tfmt.Println(total, classify0(3))\n}}\n')
    sys.stdout.write(''.join(parts))

main()
