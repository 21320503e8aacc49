#!/usr/bin/env bash
# check-export.sh BUILD_DIR SPEC BLOKJES SOURCE_DIR
#
# Exports every demo process with the real `blokjes export` and validates the
# result against the Open Zaak Catalogi spec with validate-zgw.cjs (Ajv):
#   1. the Open Zaak ZIP of the whole demo (unpacked with python3's zipfile),
#   2. the zgw-json documents of the whole demo,
#   3. the ZIP exported again after `blokjes import` of the first one,
#   4. the ZIP of the zac test workshop under profile zac,
#   5. a catalogue in the shape of a real one (tests/data/zac-catalogus: a
#      zaakafhandelcomponent zaaktype and every afleidingswijze), itself and
#      exported again after `blokjes import`, without --force, under the
#      openzaak profile and (its ZAC zaaktype) under zac.
#   6. `--format zac` of the demo (issue 14): every ZIP in ZAC's shape, with
#      --bpmn so the processes that do not fit the generic model are there too.
set -uo pipefail
[ $# -eq 4 ] || { echo "usage: $0 BUILD_DIR SPEC BLOKJES SOURCE_DIR" >&2; exit 2; }
build="$1" spec="$2" blokjes="$3" source="$4"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$here/install-tools.sh" "$build" >/dev/null || exit 1
export NODE_PATH="$build/npm-tools/node_modules"
work="$build/schema-export-check"
rm -rf "$work" && mkdir -p "$work"
status=0

validate() {
  echo "--- $1"
  shift
  node "$here/validate-zgw.cjs" --spec "$spec" "$@" || status=1
}

unzip_to() { python3 -m zipfile -e "$1" "$2"; }

demo="$source/scenarios/demo-workshop.json"
"$blokjes" export "$demo" --all --format openzaak-zip -o "$work/demo.zip" || exit 1
unzip_to "$work/demo.zip" "$work/demo"
validate "demo as Open Zaak ZIP" --openzaak-dir "$work/demo"

"$blokjes" export "$demo" --all --format zgw-json -o "$work/zgw" || exit 1
validate "demo as zgw-json" --zgw-json "$work"/zgw/*.json

"$blokjes" import "$work/demo.zip" -o "$work/imported.json" || exit 1
"$blokjes" export "$work/imported.json" --all --format openzaak-zip -o "$work/again.zip" || exit 1
unzip_to "$work/again.zip" "$work/again"
validate "demo imported and exported again" --openzaak-dir "$work/again"

zac="$source/tests/data/zac-ready-workshop.json"
if [ -f "$zac" ]; then
  "$blokjes" export "$zac" --all --profile zac --format openzaak-zip -o "$work/zac.zip" || exit 1
  unzip_to "$work/zac.zip" "$work/zac"
  validate "zac-ready workshop under profile zac" --openzaak-dir "$work/zac"
fi
catalogue="$source/tests/data/zac-catalogus"
if [ -d "$catalogue" ]; then
  base="https://openzaak.voorbeeldgemeente.nl/catalogi/api/v1"
  validate "zac-style catalogue as written (the fixture itself)" --openzaak-dir "$catalogue"
  (cd "$catalogue" && python3 -m zipfile -c "$work/catalogue.zip" ./*.json) || exit 1
  "$blokjes" import "$work/catalogue.zip" -o "$work/catalogue.json" || exit 1
  "$blokjes" export "$work/catalogue.json" --all --base-url "$base" --format openzaak-zip \
    -o "$work/catalogue-again.zip" || exit 1
  unzip_to "$work/catalogue-again.zip" "$work/catalogue-again"
  validate "zac-style catalogue imported and exported again" --openzaak-dir "$work/catalogue-again"
  "$blokjes" export "$work/catalogue.json" --process zac-ovl-001 --profile zac --base-url "$base" \
    --format zgw-json -o "$work/catalogue-zac.json" || exit 1
  validate "its zac zaaktype under profile zac, as zgw-json" --zgw-json "$work/catalogue-zac.json"
fi
"$blokjes" export "$demo" --format zac --bpmn -o "$work/zac-ready" || exit 1
zips=("$work"/zac-ready/*.zip)
[ -e "${zips[0]}" ] || { echo "--format zac wrote no ZIP"; exit 1; }
for zip in "${zips[@]}"; do
  name=$(basename "$zip" .zip)
  unzip_to "$zip" "$work/zac-ready-$name"
  validate "demo process $name in ZAC's shape (--format zac)" --openzaak-dir "$work/zac-ready-$name"
done
exit $status
