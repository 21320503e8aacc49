#!/usr/bin/env bash
# blokjes-bench finds the demo workshop the way the programs find assets/,
# also when the build directory is nowhere near the sources; without a demo
# it says how to pass one. Usage: test_bench_outside_source.sh BUILD_BIN_DIR
set -euo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
moved="$work/elsewhere/bin"
mkdir -p "$moved"
cp "$bin/blokjes-bench" "$moved/"
cp -r "$bin/assets" "$bin/scenarios" "$moved/"
cd "$work"

fail() {
  echo "FAIL: $*"
  exit 1
}

"$moved/blokjes-bench" export --zaaktypen 3 >"$work/export.out" 2>&1 ||
  fail "export failed outside the source tree: $(cat "$work/export.out")"
tail -n 1 "$work/export.out" | grep -q '"zaaktypen":3' || fail "export printed no figures"

rm -r "$moved/scenarios"
if "$moved/blokjes-bench" export --zaaktypen 3 >"$work/missing.out" 2>&1; then
  fail "export passed without a demo workshop"
fi
grep -q "cannot find the demo workshop" "$work/missing.out" || fail "no message: $(cat "$work/missing.out")"
grep -q -- "--workshop" "$work/missing.out" || fail "the message does not say to pass --workshop"
if DISPLAY=:0 "$moved/blokjes-bench" canvas --blocks 60 --frames 2 >"$work/canvas.out" 2>&1; then
  fail "canvas passed without a demo workshop for its startup figure"
fi
grep -q -- "--workshop" "$work/canvas.out" || fail "canvas does not say to pass --workshop"
echo "blokjes-bench finds the demo outside the source tree, and says what to pass without it"
