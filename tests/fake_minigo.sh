#!/usr/bin/env bash
# A stand-in for minigo built on real Go, used to test the conformance driver itself:
#   python3 tests/conformance.py --minigo tests/fake_minigo.sh
# It builds FILE.go with `go build` and runs it; compile errors are printed as minigo prints
# them (file.go:LINE:COL: msg), exit 1.
set -uo pipefail
file="${@: -1}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOCACHE="${GOCACHE:-/tmp/minigo-fake-gocache}" GO111MODULE=off GOFLAGS=
if ! (cd "$(dirname "$file")" && go build -o "$tmp/prog" "$(basename "$file")") 2>"$tmp/err"; then
  grep -v '^#' "$tmp/err" | sed 's|^\./||' >&2
  exit 1
fi
"$tmp/prog"
