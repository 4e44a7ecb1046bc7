#!/usr/bin/env python3
"""Robustness check: minigo must never crash or hang on bad input.

Takes Go programs, makes mutants (a line deleted, a token deleted or
duplicated, two lines swapped, an identifier renamed, a literal changed)
and runs minigo on each. A mutant is a finding when minigo dies by a
signal (segfault, abort), prints a C++ exception or an internal error, or
does not finish within the time limit. Usage:

  scripts/fuzz_mutate.py --minigo build/minigo [-n 200] [--seed 1] programs/*.go

Findings are copied to --out (default /tmp/minigo-fuzz) with the reason.
"""
import argparse, os, random, re, signal, subprocess, sys

TOKEN = re.compile(r'[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?|"[^"\n]*"|\S')


def mutate(src, rng):
    lines = src.split('\n')
    kind = rng.randrange(6)
    i = rng.randrange(len(lines))
    if kind == 0:  # delete a line
        del lines[i]
    elif kind == 1:  # swap two lines
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    else:
        toks = list(TOKEN.finditer(lines[i]))
        if not toks:
            return '\n'.join(lines[:i] + lines[i + 1:])
        t = rng.choice(toks)
        s, e = t.span()
        line = lines[i]
        if kind == 2:  # delete a token
            line = line[:s] + line[e:]
        elif kind == 3:  # duplicate a token
            line = line[:e] + ' ' + t.group() + line[e:]
        elif kind == 4:  # replace by another token of the program
            other = rng.choice(TOKEN.findall(src))
            line = line[:s] + other + line[e:]
        else:  # change a literal or a name
            repl = rng.choice(['0', '-1', '1<<62', '"x"', 'nil', 'true', '3.5', 'x', '_', '()', '[]int{}', 'T'])
            line = line[:s] + repl + line[e:]
        lines[i] = line
    return '\n'.join(lines)


def run(minigo, path, timeout):
    try:
        p = subprocess.run([minigo, path], capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return 'timeout'
    err = p.stderr.decode('utf-8', 'replace')
    if p.returncode < 0:
        return 'signal %s' % signal.Signals(-p.returncode).name
    if 'terminate called' in err or 'internal error' in err.lower() or 'codegen:' in err:
        return 'internal: ' + err.strip().split('\n')[0][:200]
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--minigo', default='build/minigo')
    ap.add_argument('-n', type=int, default=200, help='mutants in all')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--timeout', type=float, default=10)
    ap.add_argument('--out', default='/tmp/minigo-fuzz')
    ap.add_argument('files', nargs='+')
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    srcs = [(f, open(f, encoding='utf-8', errors='replace').read()) for f in a.files]
    findings = 0
    for k in range(a.n):
        f, src = rng.choice(srcs)
        m = mutate(src, rng)
        path = os.path.join(a.out, 'mutant_%d.go' % k)
        with open(path, 'w') as fh:
            fh.write(m)
        why = run(a.minigo, path, a.timeout)
        if why:
            findings += 1
            print('%s (from %s): %s' % (path, f, why), flush=True)
        else:
            os.remove(path)
    print('%d mutants, %d findings' % (a.n, findings))
    return 1 if findings else 0


if __name__ == '__main__':
    sys.exit(main())
