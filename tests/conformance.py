#!/usr/bin/env python3
"""minigo's conformance driver: runs every programs/**/*.go under minigo and compares the
result with the golden file that real Go produced (tests/regen_golden.sh).

Golden format (docs/TESTING.md): NAME.golden next to NAME.go, a header then the stdout.

    # comment lines are ignored
    exit: 2
    stderr: panic: runtime error: integer divide by zero      (only when exit != 0)
    error: ./NAME.go:5:2: declared and not used: x             (compile errors, exit 1)
    ---
    <stdout, byte for byte>

A program that Go refused to compile (an `error:` line in its golden), or that carries
`// ERROR "regexp"` comments, is checked as a compile-error program: minigo must exit 1, every
line marked `// ERROR "rx"` must get an error `file:line:col: msg` whose msg matches each rx,
and no other line may get one. Without ERROR comments the errors must equal the golden's.

Known failures: tests/known_failures.txt lists programs (paths relative to the repository,
one per line, `#` comments) that minigo does not pass yet, each with the reason. They still run;
a listed program that fails is reported as KNOWN and counted as skipped, a listed program that
passes is reported as XPASS and counted as a failure, so the list can only shrink honestly.
--known-failures may be given several times (the lists add up). An entry whose reason starts
with "skip:" is not run at all (for a program too slow under a stress mode, whose pass or fail
would depend on the machine's speed); it is reported as SKIP and counted as skipped.

Usage: conformance.py [--minigo PATH] [--timeout S] [-j N] [--filter RX] [-v] [PROGRAMS...]
Ends with "N passed, N failed, N skipped" alone on a line; exits 1 when anything failed.
"""
import argparse
import concurrent.futures
import difflib
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# `// ERROR "rx" "rx2"`: each quoted string (taken raw, as Go's test/run.go does) is one
# expected error on that line.
ERROR_COMMENT = re.compile(r'//\s*(?:GC_)?ERROR\s+(.*)$')
QUOTED = re.compile(r'"([^"]*)"|`([^`]*)`')
# file:line:col: msg (the column is optional so that a missing one is reported, not ignored).
DIAG = re.compile(r'^(.*?):(\d+)(?::(\d+))?: (.*)$')


class Golden:
    def __init__(self, exit_code, stderr, errors, stdout):
        self.exit_code = exit_code
        self.stderr = stderr      # first stderr line, or None
        self.errors = errors      # compile errors as (line, col, msg)
        self.stdout = stdout      # bytes


def parse_golden(path):
    with open(path, 'rb') as f:
        data = f.read()
    exit_code, stderr, errors = None, None, []
    pos = 0
    while True:
        nl = data.find(b'\n', pos)
        if nl < 0:
            raise ValueError('no "---" line')
        line = data[pos:nl].decode('utf-8', 'replace')
        pos = nl + 1
        if line == '---':
            break
        if line.startswith('#') or not line.strip():
            continue
        key, _, val = line.partition(': ')
        if key == 'exit':
            exit_code = int(val)
        elif key == 'stderr':
            stderr = val
        elif key == 'error':
            m = DIAG.match(val)
            if m:
                errors.append((int(m.group(2)), int(m.group(3) or 0), m.group(4)))
        else:
            raise ValueError('unknown header line %r' % line)
    if exit_code is None:
        raise ValueError('no "exit:" line')
    return Golden(exit_code, stderr, errors, data[pos:])


def wanted_errors(src_path):
    """Returns {line: [regexp source, ...]} from the // ERROR comments of a program."""
    wanted = {}
    with open(src_path, encoding='utf-8', errors='replace') as f:
        for lineno, text in enumerate(f, 1):
            m = ERROR_COMMENT.search(text)
            if not m:
                continue
            rxs = [a if a else b for a, b in QUOTED.findall(m.group(1))]
            if rxs:
                wanted.setdefault(lineno, []).extend(rxs)
    return wanted


def minigo_errors(stderr_text, src_path):
    """Parses minigo's diagnostics; continuation lines (tab-indented) are skipped."""
    base = os.path.basename(src_path)
    errs = []
    for line in stderr_text.splitlines():
        m = DIAG.match(line)
        if m and os.path.basename(m.group(1)) == base:
            errs.append((int(m.group(2)), int(m.group(3) or 0), m.group(4)))
    return errs


def check_error_comments(wanted, errs):
    """Go's errorcheck, both ways. Returns a list of problems (empty when all is well)."""
    problems = []
    left = list(errs)
    for line in sorted(wanted):
        for rx in wanted[line]:
            try:
                cre = re.compile(rx)
            except re.error as e:
                problems.append('line %d: bad regexp %r: %s' % (line, rx, e))
                continue
            hit = [e for e in left if e[0] == line and cre.search(e[2])]
            if not hit:
                got = [e[2] for e in errs if e[0] == line]
                problems.append('line %d: missing error matching %r (got %s)'
                                % (line, rx, got if got else 'none'))
            left = [e for e in left if e not in hit]
    for e in left:
        problems.append('line %d: unexpected error: %d:%d: %s' % (e[0], e[0], e[1], e[2]))
    return problems


def printable(line):
    """Escapes control characters so that a diff never writes raw bytes to the terminal."""
    return ''.join(c if c == '\t' or c.isprintable() else '\\x%02x' % ord(c) if ord(c) < 256
                   else '\\u%04x' % ord(c) for c in line)


def short_diff(want, got, limit):
    want_l = [printable(l) for l in want.decode('utf-8', 'replace').split('\n')]
    got_l = [printable(l) for l in got.decode('utf-8', 'replace').split('\n')]
    diff = list(difflib.unified_diff(want_l, got_l, 'go', 'minigo', n=1, lineterm=''))[2:]
    if not diff:
        diff = ['(differs only in invalid UTF-8 bytes)']
    if limit and len(diff) > limit:
        diff = diff[:limit] + ['... (%d more diff lines)' % (len(diff) - limit)]
    return diff


def run_one(args, src):
    """Runs one program. Returns (ok, reason, detail lines)."""
    golden_path = src[:-3] + '.golden'
    wanted = wanted_errors(src)
    golden = None
    if os.path.exists(golden_path):
        try:
            golden = parse_golden(golden_path)
        except (ValueError, OSError) as e:
            return False, 'bad golden file: %s' % e, []
    elif not wanted:
        return False, 'no golden file (run tests/regen_golden.sh)', []

    try:
        p = subprocess.run([args.minigo, src], stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=args.timeout, cwd=os.path.dirname(src), env=args.env)
    except subprocess.TimeoutExpired:
        return False, 'timeout after %gs' % args.timeout, []
    except OSError as e:
        return False, 'cannot run minigo: %s' % e, []
    stderr_text = p.stderr.decode('utf-8', 'replace')
    stderr_first = stderr_text.split('\n', 1)[0] if stderr_text else ''
    limit = 0 if args.verbose else 8
    if p.returncode < 0:
        return False, 'crashed: signal %d' % -p.returncode, [stderr_first]
    if any(s in stderr_text for s in ('AddressSanitizer', 'runtime error: load of',
                                      'UndefinedBehaviorSanitizer', ': runtime error: ')):
        # Go's panics say "panic: runtime error: ..."; UBSan says "file.cpp:1:2: runtime error".
        san = [l for l in stderr_text.splitlines()
               if 'Sanitizer' in l or re.search(r'\.(cpp|h):\d+:\d+: runtime error', l)]
        if san:
            return False, 'sanitizer report', san[:limit or None]

    compile_mode = (golden is None) or (golden.exit_code == 1 and (golden.errors or wanted))
    if compile_mode:
        problems = []
        if p.returncode != 1:
            problems.append('exit code %d, want 1 (compile error)' % p.returncode)
        errs = minigo_errors(stderr_text, src)
        if wanted:
            problems += check_error_comments(wanted, errs)
        else:
            want_set = ['%d:%d: %s' % e for e in golden.errors]
            got_set = ['%d:%d: %s' % e for e in errs]
            if want_set != got_set:
                problems.append('compile errors differ')
                problems += ['  ' + l for l in difflib.unified_diff(
                    want_set, got_set, 'go', 'minigo', n=0, lineterm='')][2:]
        if p.stdout:
            problems.append('stdout not empty for a compile error')
        if problems:
            if limit and len(problems) > limit:
                problems = problems[:limit] + ['... (%d more)' % (len(problems) - limit)]
            return False, problems[0], problems[1:]
        return True, '', []

    detail = []
    reasons = []
    if p.stdout != golden.stdout:
        reasons.append('stdout differs')
        detail += short_diff(golden.stdout, p.stdout, limit)
    if p.returncode != golden.exit_code:
        reasons.append('exit code %d, want %d' % (p.returncode, golden.exit_code))
        if p.returncode != 0 and stderr_first:
            detail.append('stderr: ' + stderr_first)
    if golden.stderr is not None and stderr_first != golden.stderr:
        reasons.append('first stderr line differs')
        detail += ['- ' + golden.stderr, '+ ' + stderr_first]
    if reasons:
        return False, ', '.join(reasons), detail
    return True, '', []


def display_name(path):
    """The path relative to the repository (or to the current directory) when inside it."""
    for base in (ROOT, os.getcwd()):
        rel = os.path.relpath(path, base)
        if not rel.startswith('..'):
            return rel
    return path


def collect(paths):
    files = []
    for path in paths:
        if os.path.isfile(path):
            files.append(os.path.abspath(path))
            continue
        for dirpath, dirnames, filenames in os.walk(path):
            dirnames[:] = sorted(d for d in dirnames if d != 'bench')
            files += [os.path.abspath(os.path.join(dirpath, f))
                      for f in sorted(filenames) if f.endswith('.go')]
    return files


def load_known_failures(path):
    known = {}
    if not os.path.exists(path):
        return known
    with open(path) as f:
        for line in f:
            entry = line.split('#', 1)
            name = entry[0].strip()
            if name:
                known[name] = entry[1].strip() if len(entry) > 1 else ''
    return known


def main():
    ap = argparse.ArgumentParser(description='Run minigo on programs/ and compare with the '
                                 'golden files from real Go.')
    ap.add_argument('--minigo', default=os.path.join(ROOT, 'build', 'minigo'))
    ap.add_argument('--timeout', type=float, default=10.0, help='seconds per program')
    ap.add_argument('-j', '--jobs', type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument('--filter', help='regexp; run only programs whose path matches')
    ap.add_argument('-v', '--verbose', action='store_true',
                    help='print passes too, and whole diffs')
    ap.add_argument('--known-failures', action='append', default=None,
                    help='list of programs expected to fail (reported, not counted as failures); '
                    'repeatable; default tests/known_failures.txt')
    ap.add_argument('--env', action='append', default=[], metavar='NAME=VALUE',
                    help='set an environment variable for minigo (e.g. GODEBUG=gcstress=1); repeatable')
    ap.add_argument('programs', nargs='*', default=[os.path.join(ROOT, 'programs')])
    args = ap.parse_args()
    env = dict(os.environ)
    for kv in args.env:
        k, _, v = kv.partition('=')
        env[k] = v
    args.env = env
    args.minigo = os.path.abspath(args.minigo)
    if not os.access(args.minigo, os.X_OK):
        print('conformance: no minigo binary at %s' % args.minigo)
        print('0 passed, 1 failed')
        return 1

    files = collect(args.programs)
    if args.filter:
        frx = re.compile(args.filter)
        files = [f for f in files if frx.search(os.path.relpath(f, ROOT))]

    lists = args.known_failures or [os.path.join(ROOT, 'tests', 'known_failures.txt')]
    known = {}
    for path in lists:
        known.update(load_known_failures(path))
    args.known_failures = ', '.join(display_name(p) for p in lists)
    passed = failed = skipped = 0
    not_run = [f for f in files if known.get(os.path.relpath(f, ROOT), '').startswith('skip:')]
    for f in not_run:
        skipped += 1
        print('SKIP %s: %s' % (display_name(f), known[os.path.relpath(f, ROOT)]))
    files = [f for f in files if f not in not_run]

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda f: run_one(args, f), files))

    for src, (ok, reason, detail) in zip(files, results):
        name = display_name(src)
        rel = os.path.relpath(src, ROOT)
        if rel in known:
            if ok:
                failed += 1
                print('XPASS %s: passes now; remove it from %s' % (name, args.known_failures))
            else:
                skipped += 1
                print('KNOWN %s: %s (%s)' % (name, reason, known[rel] or 'known failure'))
                if args.verbose:
                    for line in detail:
                        print('    ' + line)
            continue
        if ok:
            passed += 1
            if args.verbose:
                print('PASS %s' % name)
            continue
        failed += 1
        print('FAIL %s: %s' % (name, reason))
        for line in detail:
            print('    ' + line)
    sys.stdout.flush()
    print('%d passed, %d failed, %d skipped' % (passed, failed, skipped))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
