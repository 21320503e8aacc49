#!/usr/bin/env bash
# Installs the dependencies, builds and runs the whole test suite:
#   0. starts a throwaway PostgreSQL for the engine's tests (stopped on exit),
#   1. the tests in a normal build,
#   2. the same tests built with ASan and UBSan,
#   3. a short run of the loader's libFuzzer target on the scenarios.
# Each stage runs even when an earlier one failed; the exit code is non-zero
# when any stage failed.
set -uo pipefail
cd "$(dirname "$0")/.."

jobs=$(nproc)
fuzz_seconds=${BLOKJES_FUZZ_SECONDS:-60}
import_fuzz_seconds=${BLOKJES_IMPORT_FUZZ_SECONDS:-30}
failed=()

# Runs a stage and says how long it took (CI must stay well under its limit).
stage() {
  local name=$1
  shift
  echo
  echo "=== $name"
  local started=$SECONDS
  if ! "$@"; then
    echo "=== $name: FAILED"
    failed+=("$name")
  fi
  echo "=== $name: $((SECONDS - started)) s"
  timings+=("$name: $((SECONDS - started)) s")
}
timings=()

passed_tests=0
failed_tests=0

# Builds in $1 with the cmake options up to "--", runs ctest with the
# options after it and adds its counts.
build_and_test() {
  local dir=$1
  shift
  local cmake_options=() ctest_options=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    cmake_options+=("$1")
    shift
  done
  [ $# -gt 0 ] && shift
  ctest_options=("$@")
  cmake -S . -B "$dir" "${cmake_options[@]}" && cmake --build "$dir" -j"$jobs" || return 1
  local log="$dir/ctest.log"
  # A stage that finds no tests has failed: it would otherwise pass with
  # nothing run (e.g. in a tree configured without tests).
  (cd "$dir" && ctest -j"$jobs" --output-on-failure --no-tests=error "${ctest_options[@]}") 2>&1 |
    tee "$log"
  local status=${PIPESTATUS[0]}
  local summary
  summary=$(grep -E "tests passed, [0-9]+ tests? failed out of [0-9]+" "$log" | tail -n 1)
  if [[ $summary =~ ([0-9]+)\ tests?\ failed\ out\ of\ ([0-9]+) ]]; then
    failed_tests=$((failed_tests + BASH_REMATCH[1]))
    passed_tests=$((passed_tests + BASH_REMATCH[2] - BASH_REMATCH[1]))
  fi
  return "$status"
}

fuzz_smoke() {
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -DBLOKJES_FUZZ=ON -DBLOKJES_TESTS=OFF &&
    cmake --build build-fuzz -j"$jobs" --target fuzz_workshop_loader fuzz_catalogi_import ||
    return 1
  # Inputs that once crashed it run first, each once.
  ./build-fuzz/bin/fuzz_workshop_loader tests/fuzz/regressions/* || return 1
  local corpus
  corpus=$(mktemp -d)
  cp scenarios/*.json tests/fuzz/regressions/* "$corpus"/
  ./build-fuzz/bin/fuzz_workshop_loader -dict=tests/fuzz/workshop.dict -max_len=65536 \
    -max_total_time="$fuzz_seconds" -print_final_stats=1 "$corpus" 2>&1 | tail -n 15
  local status=${PIPESTATUS[0]}
  rm -rf "$corpus"
  [ "$status" -eq 0 ] || return "$status"
  fuzz_import
}

# The importer, seeded with real exports of the demo: a ZIP and zgw-json.
# They are written by the tests stage's blokjes (the seeds are the same
# whichever compiler wrote them); only when that stage built none is one built
# here, which saves CI a second build of the whole CLI.
fuzz_import() {
  local corpus cli=./build/bin/blokjes
  if [ ! -x "$cli" ]; then
    cmake --build build-fuzz -j"$jobs" --target blokjes || return 1
    cli=./build-fuzz/bin/blokjes
  fi
  corpus=$(mktemp -d)
  "$cli" export scenarios/demo-workshop.json --process klacht \
    --format openzaak-zip -o "$corpus/klacht.zip" &&
    "$cli" export scenarios/demo-workshop.json --process huwelijk \
      --format zgw-json -o "$corpus/huwelijk.json" || return 1
  ./build-fuzz/bin/fuzz_catalogi_import tests/fuzz/import-regressions/* || return 1
  # The regressions also seed the run, so mutations start from hostile shapes too.
  cp tests/fuzz/import-regressions/* "$corpus"/
  ./build-fuzz/bin/fuzz_catalogi_import -max_len=262144 -rss_limit_mb=4096 \
    -max_total_time="$import_fuzz_seconds" -print_final_stats=1 "$corpus" 2>&1 | tail -n 15
  local status=${PIPESTATUS[0]}
  rm -rf "$corpus"
  return "$status"
}

# The engine's tests also run on PostgreSQL: a throwaway server from
# Debian's package (scripts/postgresql-test-server.sh), stopped and removed
# on exit whatever the stages did. When it cannot start, that is a failed
# stage of its own, so PostgreSQL is never skipped without a word.
# A server already named by BLOKJES_TEST_POSTGRESQL is used as it is.
postgresql_dir=""
start_postgresql() {
  if [ -n "${BLOKJES_TEST_POSTGRESQL:-}" ]; then
    echo "PostgreSQL test server (given): $BLOKJES_TEST_POSTGRESQL"
    return 0
  fi
  postgresql_dir=$(mktemp -d -p /tmp) || return 1
  # The server runs as the postgres user when we are root: it must enter DIR.
  chmod 755 "$postgresql_dir" || return 1
  local url
  url=$(bash scripts/postgresql-test-server.sh start "$postgresql_dir") || return 1
  export BLOKJES_TEST_POSTGRESQL=$url
  echo "PostgreSQL test server: $url"
}
stop_postgresql() {
  [ -n "$postgresql_dir" ] || return 0
  bash scripts/postgresql-test-server.sh stop "$postgresql_dir" || true
  postgresql_dir=""
}
trap stop_postgresql EXIT
# Interrupted: exit through the EXIT trap so the server goes too.
trap 'exit 130' INT
trap 'exit 143' TERM

[ -n "${BLOKJES_SKIP_INSTALL:-}" ] || bash scripts/install-deps.sh || exit 1
stage "start a throwaway PostgreSQL for the engine's tests" start_postgresql
# Every option is given explicitly: build/ is shared with scripts/run-demo.sh,
# which configures it without tests, and a cached option must not carry over.
stage "tests" build_and_test build -DBLOKJES_TESTS=ON -DBLOKJES_SANITIZE=OFF -DBLOKJES_FUZZ=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo
# Under the sanitizers, everything but the tests that drive the real app in
# Xvfb (label gui) and print through chromium (label print): those check
# what the screen and the printer show, ran in the stage above, and under
# ASan they are several times slower and run one at a time. The code they drive
# runs under the sanitizers in the null-backend app tests and the exporters'
# tests.
stage "tests under ASan+UBSan" build_and_test build-asan -DBLOKJES_TESTS=ON -DBLOKJES_SANITIZE=ON \
  -DBLOKJES_FUZZ=OFF -DCMAKE_BUILD_TYPE=Debug -- --label-exclude "^(gui|print)$"
stage "fuzz the loader for ${fuzz_seconds}s and the importer for ${import_fuzz_seconds}s" fuzz_smoke

echo
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED stages: ${failed[*]}"
else
  echo "all stages passed"
fi
echo "tests: $passed_tests passed, $failed_tests failed"
printf '%s\n' "${timings[@]}"
[ ${#failed[@]} -eq 0 ]
