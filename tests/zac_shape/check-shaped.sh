#!/usr/bin/env bash
# check-shaped.sh BUILD_DIR SPEC DUMP_TOOL SCHEMA_DIR
#
# Every demo process in ZAC's shape (blokjes-zac-shape-dump) against the Open
# Zaak Catalogi request schemas, with tests/schema's Ajv checker.
set -uo pipefail
[ $# -eq 4 ] || { echo "usage: $0 BUILD_DIR SPEC DUMP_TOOL SCHEMA_DIR" >&2; exit 2; }
build="$1" spec="$2" tool="$3" schema="$4"
bash "$schema/install-tools.sh" "$build" >/dev/null || exit 1
export NODE_PATH="$build/npm-tools/node_modules"
work="$build/zac-shape-check"
rm -rf "$work" && mkdir -p "$work"
"$tool" "$work" >"$work/dirs.txt" || exit 1
status=0
count=0
while read -r dir; do
  echo "--- $(basename "$dir") in ZAC's shape"
  # zaakafhandelparameters.json is ZAC's, not Open Zaak's: not an import file.
  mkdir -p "$dir.import" && cp "$dir"/[A-Z]*.json "$dir.import"/
  node "$schema/validate-zgw.cjs" --spec "$spec" --openzaak-dir "$dir.import" || status=1
  count=$((count + 1))
done <"$work/dirs.txt"
[ "$count" -gt 0 ] || { echo "no shaped exports were written" >&2; exit 1; }
echo "$count shaped exports checked"
exit $status
