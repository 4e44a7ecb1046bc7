#!/usr/bin/env bash
# Times each benchmark (best of 3 runs) under minigo, compiled Go, python3 and lua5.4 (those
# that are installed) and prints a table with the times and minigo's ratios to the others.
#   programs/bench/run.sh [MINIGO]        (default: build/minigo)
# Every implementation must print the same answer; a differing one is marked "wrong".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
minigo=$(realpath "${1:-$root/build/minigo}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOCACHE="${GOCACHE:-$tmp/gocache}" GO111MODULE=off GOFLAGS=
BENCHES=(fib loops floats maps append chan_pingpong goroutine_spawn select_fanin binarytrees)

# best_of_3 CMD...: prints the best wall time in seconds, or "fail"; the output goes to $tmp/out.
best_of_3() {
  local best="" t0 t1
  for _ in 1 2 3; do
    t0=$(date +%s.%N)
    if ! "$@" >"$tmp/out" 2>"$tmp/err"; then echo fail; return; fi
    t1=$(date +%s.%N)
    best=$(python3 -c "t = $t1 - $t0; b = '$best'; print(t if not b or t < float(b) else b)")
  done
  printf '%.3f\n' "$best"
}

ratio() {  # ratio A B: A/B with one decimal, or "-" when either is missing
  if ! [[ $1 =~ ^[0-9.]+$ && $2 =~ ^[0-9.]+$ ]]; then echo "-"; return; fi
  python3 -c "print('%.1fx' % ($1 / $2) if $2 > 0 else '-')"
}

printf '%-8s %10s %10s %10s %10s %11s %15s %12s\n' bench minigo go python3 lua5.4 minigo/go minigo/python minigo/lua
for b in "${BENCHES[@]}"; do
  declare -A t=()
  want=""
  if command -v go >/dev/null && go build -o "$tmp/$b" "$here/$b.go" 2>/dev/null; then
    t[go]=$(best_of_3 "$tmp/$b"); want=$(cat "$tmp/out")
  else
    t[go]="-"
  fi
  run_one() {  # run_one KEY CMD...: time CMD and check its answer against compiled Go's
    local key=$1; shift
    if ! command -v "$1" >/dev/null && [ ! -x "$1" ]; then t[$key]="-"; return; fi
    t[$key]=$(best_of_3 "$@")
    if [ "${t[$key]}" != fail ] && [ -n "$want" ] && [ "$(cat "$tmp/out")" != "$want" ]; then
      t[$key]=wrong
    fi
  }
  run_one minigo "$minigo" "$here/$b.go"
  run_one python python3 "$here/$b.py"
  run_one lua lua5.4 "$here/$b.lua"
  printf '%-8s %10s %10s %10s %10s %11s %15s %12s\n' "$b" "${t[minigo]}" "${t[go]}" "${t[python]}" \
    "${t[lua]}" "$(ratio "${t[minigo]}" "${t[go]}")" "$(ratio "${t[minigo]}" "${t[python]}")" \
    "$(ratio "${t[minigo]}" "${t[lua]}")"
  unset t
done
