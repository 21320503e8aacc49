#!/usr/bin/env bash
# check-zac-bpmn-tools.sh BUILD_DIR WRITE_ZAC_BPMN_FILES SOURCE_DIR BPMN20_XSD
#
# Writes every demo process and every BPMN edge case in ZAC's BPMN shape
# (write_zac_bpmn_files), then checks each file with tools nobody here
# wrote: xmllint against the OMG's BPMN 2.0 XSD, and check-zac-bpmn.cjs
# (bpmn-moddle without warnings, bpmnlint `recommended` without errors,
# bpmn-engine running to the end with stand-ins for ZAC's delegates), with
# the npm packages tests/bpmn/install-tools.sh put in BUILD_DIR/bpmn-tools.
set -euo pipefail

die() { echo "check-zac-bpmn-tools.sh: $*" >&2; exit 1; }

[ $# -eq 4 ] || { echo "usage: $0 BUILD_DIR WRITE_ZAC_BPMN_FILES SOURCE_DIR BPMN20_XSD" >&2; exit 2; }
build="$1"; writer="$2"; source="$3"; xsd="$4"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
modules="$build/bpmn-tools/node_modules"
out="$build/zac-bpmn-check-files"

[ -x "$writer" ] || die "$writer: not built (cmake --build ... --target write_zac_bpmn_files)"
[ -f "$xsd" ] || die "$xsd: the BPMN 2.0 XSD is missing"
[ -d "$modules" ] || die "$modules: missing; run tests/bpmn/install-tools.sh $build first"
command -v xmllint >/dev/null 2>&1 || die "xmllint not found (Debian: apt-get install libxml2-utils)"

rm -rf "$out"
mkdir -p "$out"
"$writer" "$source" "$out" >"$out/files.txt" 2>"$out/errors.txt" || {
  cat "$out/errors.txt" >&2
  die "write_zac_bpmn_files failed"
}
mapfile -t files <"$out/files.txt"
# 13 demo processes and 7 edge cases.
[ "${#files[@]}" -eq 20 ] || die "expected 20 files, write_zac_bpmn_files wrote ${#files[@]}"
echo "check-zac-bpmn-tools.sh: ${#files[@]} files in $out"

check() { NODE_PATH="$modules" node "$here/check-zac-bpmn.cjs" "$@"; }

# First, that the checks can fail. Each broken copy of the huwelijk export
# must be refused, by the tool and for the reason named.
bad="$out/selfcheck"
mkdir -p "$bad"
sample="$out/demo-huwelijk.bpmn"
[ -f "$sample" ] || die "$sample: not written"
broken() {  # broken NAME SED-SCRIPT: a copy of the sample, which must differ
  sed "$2" "$sample" >"$bad/$1.bpmn"
  cmp -s "$sample" "$bad/$1.bpmn" && die "self-check: could not make $1.bpmn from $sample"
  return 0
}
refused() {  # refused NAME EXPECTED-TEXT
  if check "$bad/$1.bpmn" >"$bad/$1.txt" 2>&1; then die "self-check: check-zac-bpmn.cjs accepted $1.bpmn"; fi
  grep -qF -- "$2" "$bad/$1.txt" || die "self-check: $1.bpmn failed, but not with \"$2\": $(cat "$bad/$1.txt")"
}
broken unknown-attribute 's/<bpmn:userTask id="Task_huwelijk_b1"/<bpmn:userTask colour="red" id="Task_huwelijk_b1"/'
xmllint --noout --schema "$xsd" "$bad/unknown-attribute.bpmn" >/dev/null 2>&1 \
  && die "self-check: xmllint accepted an attribute BPMN 2.0 does not have"
broken dangling '/<bpmn:sequenceFlow id="Flow_huwelijk_f2"/,/<\/bpmn:sequenceFlow>/d'
refused dangling "bpmn-moddle: unresolved reference"
broken unnamed-split 's/<bpmn:exclusiveGateway id="Split_huwelijk_b1" name="[^"]*"/<bpmn:exclusiveGateway id="Split_huwelijk_b1"/'
refused unnamed-split "bpmnlint label-required (error)"
# ZAC's old name for the status, which its health check refuses.
broken old-status 's/<flowable:string>Wacht op aanvullende informatie</<flowable:string>Aanvullende informatie</'
refused old-status "status \"Aanvullende informatie\" is not one of ZAC's"
# The eindstatus without its resultaat.
broken no-resultaat '/<flowable:field name="resultaattypeOmschrijving">/,/<\/flowable:field>/d'
refused no-resultaat "the eindstatus without a resultaat"
# A condition in bpmn-engine's own dialect, which Flowable would not read.
broken engine-dialect 's/\${var:equals(keuze_b1, '"'"'f2'"'"')}/${environment.variables.keuze_b1}/'
refused engine-dialect "a condition of another form"
# A service task that is not ZAC's.
broken other-delegate 's/flowable:class="net.atos.zac.flowable.delegate.UpdateZaakJavaDelegate"/flowable:class="org.example.Delegate"/'
refused other-delegate "a service task ZAC would not run"
echo "self-check: xmllint, bpmn-moddle, bpmnlint and the bpmn-engine runs each reject a broken file"

failed=0
for file in "${files[@]}"; do
  if ! xmllint --noout --schema "$xsd" "$file" 2>"$out/xmllint.txt"; then
    echo "FAIL xmllint $(basename "$file")"
    sed 's/^/  /' "$out/xmllint.txt"
    failed=1
  fi
done
[ "$failed" -eq 0 ] && echo "xmllint: all ${#files[@]} files valid against $(basename "$xsd")"

check "${files[@]}" || failed=1
exit "$failed"
