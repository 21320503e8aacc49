#!/usr/bin/env bash
# The README's two commands, run in sequence in one clone (the demo first,
# then the tests), must run the normal tests, and a test stage that finds no
# tests must fail. cmake, ctest and xvfb-run are replaced by stand-ins that
# record their arguments, so this checks the scripts' logic in seconds
# without building anything. The ctest stand-in behaves like ctest: it finds
# tests only in a tree last configured with BLOKJES_TESTS=ON, and without
# --no-tests=error it exits 0 when it finds none.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

clone="$work/clone"
mkdir -p "$clone/scripts" "$clone/scenarios" "$work/bin"
cp "$source_dir"/scripts/*.sh "$clone/scripts/"
log="$work/calls.log"

cat >"$work/bin/cmake" <<'STANDIN'
#!/usr/bin/env bash
echo "cmake $*" >>"$CALLS_LOG"
# Configure: remember whether this tree has tests, as CMake's cache would.
if [ "${1:-}" = "-S" ]; then
  dir=$4
  mkdir -p "$dir"
  tests=$(cat "$dir/.tests" 2>/dev/null || echo ON)  # the option's default
  for arg in "$@"; do
    case $arg in -DBLOKJES_TESTS=*) tests=${arg#-DBLOKJES_TESTS=} ;; esac
  done
  echo "$tests" >"$dir/.tests"
fi
exit 0
STANDIN
cat >"$work/bin/ctest" <<'STANDIN'
#!/usr/bin/env bash
echo "ctest in $(basename "$PWD"): $*" >>"$CALLS_LOG"
if [ "$(cat .tests 2>/dev/null)" = "ON" ]; then
  echo "100% tests passed, 0 tests failed out of 3"
  exit 0
fi
echo "No tests were found!!!"
for arg in "$@"; do [ "$arg" = "--no-tests=error" ] && exit 8; done
exit 0
STANDIN
cat >"$work/bin/xvfb-run" <<'STANDIN'
#!/usr/bin/env bash
echo "xvfb-run $*" >>"$CALLS_LOG"
STANDIN
chmod +x "$work/bin"/*
export PATH="$work/bin:$PATH" CALLS_LOG="$log" BLOKJES_SKIP_INSTALL=1
unset DISPLAY WAYLAND_DISPLAY

fail() {
  echo "FAIL: $*"
  echo "--- calls:"
  cat "$log"
  exit 1
}

# 1. The demo, then the tests, in one clone: the normal stage runs tests.
(cd "$clone" && bash scripts/run-demo.sh) >"$work/demo.out" 2>&1 || fail "run-demo.sh failed"
(cd "$clone" && bash scripts/test-all.sh) >"$work/tests.out" 2>&1 || true
grep -q "^ctest in build: .*--no-tests=error" "$log" || fail "the normal stage ran no ctest with --no-tests=error"
grep -q "=== tests: FAILED" "$work/tests.out" && fail "the normal stage found no tests after run-demo.sh"
grep -q "^ctest in build-asan: .*--no-tests=error" "$log" || fail "the sanitizer stage ran no ctest with --no-tests=error"
grep -q "=== tests under ASan+UBSan: FAILED" "$work/tests.out" && fail "the sanitizer stage found no tests"

# 2. A test stage that finds no tests fails the run.
rm -f "$log"
cat >"$work/bin/ctest" <<'STANDIN'
#!/usr/bin/env bash
echo "ctest in $(basename "$PWD"): $*" >>"$CALLS_LOG"
echo "No tests were found!!!"
for arg in "$@"; do [ "$arg" = "--no-tests=error" ] && exit 8; done
exit 0
STANDIN
if (cd "$clone" && bash scripts/test-all.sh) >"$work/none.out" 2>&1; then
  fail "test-all.sh passed although ctest found no tests"
fi
grep -q "=== tests: FAILED" "$work/none.out" || fail "the normal stage did not fail on no tests"

# 3. The other order: tests first, then the demo, configures the demo explicitly.
rm -rf "$clone/build" "$log"
(cd "$clone" && bash scripts/test-all.sh) >/dev/null 2>&1 || true
(cd "$clone" && bash scripts/run-demo.sh) >/dev/null 2>&1 || fail "run-demo.sh after test-all.sh failed"
grep -q "^xvfb-run .*--screenshot build/demo.png" "$log" || fail "run-demo.sh did not render the demo"
echo "README commands: both orders configure each stage explicitly; no tests is a failure"
