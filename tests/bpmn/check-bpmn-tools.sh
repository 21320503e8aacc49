#!/usr/bin/env bash
# check-bpmn-tools.sh BUILD_DIR WRITE_BPMN_FILES SOURCE_DIR BPMN20_XSD
#
# Writes every demo process and every edge case as BPMN (write_bpmn_files),
# then checks each file with tools nobody here wrote: xmllint against the
# OMG's BPMN 2.0 XSD, and check-bpmn.cjs (bpmn-moddle without warnings,
# bpmnlint `recommended` without errors, bpmn-engine running to the end)
# with the npm packages install-tools.sh put in BUILD_DIR/bpmn-tools.
set -euo pipefail

die() { echo "check-bpmn-tools.sh: $*" >&2; exit 1; }

[ $# -eq 4 ] || { echo "usage: $0 BUILD_DIR WRITE_BPMN_FILES SOURCE_DIR BPMN20_XSD" >&2; exit 2; }
build="$1"; writer="$2"; source="$3"; xsd="$4"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
modules="$build/bpmn-tools/node_modules"
out="$build/bpmn-check-files"

[ -x "$writer" ] || die "$writer: not built (cmake --build ... --target write_bpmn_files)"
[ -f "$xsd" ] || die "$xsd: the BPMN 2.0 XSD is missing"
[ -d "$modules" ] || die "$modules: missing; run install-tools.sh $build first"
command -v xmllint >/dev/null 2>&1 || die "xmllint not found (Debian: apt-get install libxml2-utils)"

rm -rf "$out"
mkdir -p "$out"
"$writer" "$source" "$out" >"$out/files.txt" 2>"$out/warnings.txt" || {
  cat "$out/warnings.txt" >&2
  die "write_bpmn_files failed"
}
mapfile -t files <"$out/files.txt"
# 13 demo processes + all of them in one file, 7 edge cases + all of them in one.
[ "${#files[@]}" -eq 22 ] || die "expected 22 files, write_bpmn_files wrote ${#files[@]}"
echo "check-bpmn-tools.sh: ${#files[@]} files in $out"
if [ -s "$out/warnings.txt" ]; then
  echo "export warnings (expected only for the edge case with broken flows):"
  sed 's/^/  /' "$out/warnings.txt"
fi

# First, that the checks can fail: an attribute BPMN does not have must fail
# xmllint, a sequence flow taken out (its references dangle, which the XSD
# cannot see: they are QNames) bpmn-moddle, a forking gateway without a name
# bpmnlint, and a loop the engine run.
bad="$out/selfcheck"
mkdir -p "$bad"
sample="$out/demo-huwelijk.bpmn"
[ -f "$sample" ] || die "$sample: not written"
sed '/<bpmn:sequenceFlow id="Flow_huwelijk_f2"/,/<\/bpmn:sequenceFlow>/d' "$sample" >"$bad/dangling.bpmn"
sed 's/<bpmn:exclusiveGateway id="Split_huwelijk_b1" name="[^"]*"/<bpmn:exclusiveGateway id="Split_huwelijk_b1"/' \
    "$sample" >"$bad/unnamed-split.bpmn"
cmp -s "$sample" "$bad/dangling.bpmn" && die "self-check: could not take a flow out of $sample"
cmp -s "$sample" "$bad/unnamed-split.bpmn" && die "self-check: could not unname a gateway in $sample"
sed 's/<bpmn:userTask id="Task_huwelijk_b1"/<bpmn:userTask colour="red" id="Task_huwelijk_b1"/' \
    "$sample" >"$bad/unknown-attribute.bpmn"
cmp -s "$sample" "$bad/unknown-attribute.bpmn" && die "self-check: could not add an attribute in $sample"
xmllint --noout --schema "$xsd" "$bad/unknown-attribute.bpmn" >/dev/null 2>&1 \
  && die "self-check: xmllint accepted an attribute BPMN 2.0 does not have"
NODE_PATH="$modules" node "$here/check-bpmn.cjs" "$bad/dangling.bpmn" >"$bad/dangling.txt" 2>&1 \
  && die "self-check: check-bpmn.cjs accepted a file with dangling references"
grep -q "bpmn-moddle: unresolved reference" "$bad/dangling.txt" \
  || die "self-check: bpmn-moddle did not report the dangling reference: $(cat "$bad/dangling.txt")"
NODE_PATH="$modules" node "$here/check-bpmn.cjs" "$bad/unnamed-split.bpmn" >"$bad/unnamed.txt" 2>&1 \
  && die "self-check: check-bpmn.cjs accepted a forking gateway without a name"
grep -q "bpmnlint label-required (error)" "$bad/unnamed.txt" \
  || die "self-check: bpmnlint did not report the unnamed gateway: $(cat "$bad/unnamed.txt")"
# The cycle edge case (edge-5) with its rework flow's condition always true
# must run away in bpmn-engine, and the bound must catch it.
sed 's/\${environment.variables.Flow_kringloop_f3}/${true}/' "$out/edge-5.bpmn" >"$bad/loop.bpmn"
cmp -s "$out/edge-5.bpmn" "$bad/loop.bpmn" && die "self-check: could not make the rework flow of edge-5 always true"
NODE_PATH="$modules" node "$here/check-bpmn.cjs" "$bad/loop.bpmn" >"$bad/loop.txt" 2>&1 \
  && die "self-check: check-bpmn.cjs accepted a process that never ends"
grep -q "bpmn-engine: more than" "$bad/loop.txt" \
  || die "self-check: bpmn-engine's bound did not catch the loop: $(cat "$bad/loop.txt")"
echo "self-check: xmllint, bpmn-moddle, bpmnlint and the bpmn-engine run each reject a broken file"

failed=0
for file in "${files[@]}"; do
  if ! xmllint --noout --schema "$xsd" "$file" 2>"$out/xmllint.txt"; then
    echo "FAIL xmllint $(basename "$file")"
    sed 's/^/  /' "$out/xmllint.txt"
    failed=1
  fi
done
[ "$failed" -eq 0 ] && echo "xmllint: all ${#files[@]} files valid against $(basename "$xsd")"

NODE_PATH="$modules" node "$here/check-bpmn.cjs" "${files[@]}" || failed=1
exit "$failed"
