#!/usr/bin/env bash
# Runs every test: set up and build (build/), ctest (unit tests + conformance),
# then an AddressSanitizer+UBSan build (build-asan/) and the conformance suite under it.
# Ends with one line "N passed, N failed" summing all stages; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

# count_ctest FILE: add ctest's "X% tests passed, F tests failed out of T" to the totals.
count_ctest() {
  local line t f
  line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$1" | tail -1)
  if [ -z "$line" ]; then failed=$((failed + 1)); return; fi
  f=$(sed -E 's/.*tests passed, ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
  t=$(sed -E 's/.*tests passed, ([0-9]+) tests? failed out of ([0-9]+).*/\2/' <<<"$line")
  passed=$((passed + t - f)); failed=$((failed + f))
}

# count_conformance FILE: add the driver's closing "N passed, N failed" to the totals.
count_conformance() {
  local line
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$' "$1" | tail -1)
  if [ -z "$line" ]; then failed=$((failed + 1)); return; fi
  passed=$((passed + $(cut -d' ' -f1 <<<"$line")))
  failed=$((failed + $(cut -d' ' -f3 <<<"$line" | tr -d ,)))
}

echo "=== setup and build (build/)"
if ! bash scripts/setup.sh; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

echo "=== ctest (build/)"
ctest --test-dir build --output-on-failure 2>&1 | tee "$log/ctest.txt"
count_ctest "$log/ctest.txt"

echo "=== conformance with the collector stressed (GODEBUG=gcstress=64: a cycle every 64th safepoint; every one (=1) is too slow for deep recursion)"
# Proves that no GC root is missing: any object freed while still reachable shows up as a wrong output or crash.
python3 tests/conformance.py --minigo build/minigo --timeout 300 --env GODEBUG=gcstress=64 --known-failures tests/known_failures.txt --known-failures tests/known_failures_gcstress.txt programs 2>&1 |
    tee "$log/gcstress.txt"
count_conformance "$log/gcstress.txt"

echo "=== AddressSanitizer + UBSan build (build-asan/)"
if cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMINIGO_SANITIZE=ON >/dev/null &&
   ninja -C build-asan minigo; then
  echo "=== conformance under ASan+UBSan"
  # Sanitized runs are slower: allow more time per program.
  ASAN_OPTIONS=detect_leaks=0 python3 tests/conformance.py --minigo build-asan/minigo \
      --timeout 60 programs 2>&1 | tee "$log/asan.txt"
  count_conformance "$log/asan.txt"
else
  echo "sanitizer build failed"
  failed=$((failed + 1))
fi

echo "=== total (ctest + conformance under sanitizers)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
