#!/bin/sh
# parse_speed.sh — times `minigo -dump=ast` on a generated 5,000-line Go file.
# Usage: scripts/parse_speed.sh [path/to/minigo] [lines]
set -e
here=$(cd "$(dirname "$0")" && pwd)
minigo=${1:-$here/../build/minigo}
lines=${2:-5000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$here/gen_parse_bench.py" "$lines" > "$tmp/bench.go"
echo "input: $(wc -l < "$tmp/bench.go") lines"
best=""
for i in 1 2 3; do
  start=$(date +%s.%N)
  "$minigo" -dump=ast "$tmp/bench.go" > /dev/null
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc)
  if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
done
echo "minigo -dump=ast: best of 3: ${best}s"
