#!/usr/bin/env bash
# selftest.sh BUILD_DIR SPEC
#
# Checks validate-zgw.cjs itself on the fixtures in tests/schema/fixtures:
# the valid exports must pass (exit 0), each broken variant must fail (exit 1)
# and name the broken field, and bad input must give exit 2.
# Installs the npm tools into BUILD_DIR/npm-tools first (install-tools.sh;
# a no-op when they are up to date). Exits non-zero on any mismatch.
set -uo pipefail

[ $# -eq 2 ] || { echo "usage: $0 BUILD_DIR SPEC" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$1"
spec="$2"
fx="$here/fixtures"
[ -f "$spec" ] || { echo "selftest.sh: spec not found: $spec" >&2; exit 2; }

bash "$here/install-tools.sh" "$build" || { echo "selftest.sh: install-tools.sh failed" >&2; exit 1; }
export NODE_PATH="$build/npm-tools/node_modules"
scratch="$build/schema-selftest"
rm -rf "$scratch" && mkdir -p "$scratch"

passed=0
failed=0

# check NAME EXPECTED_EXIT 'TEXT1|TEXT2|...' -- ARGS...
# Runs the validator with --spec SPEC ARGS; passes when the exit status is
# EXPECTED_EXIT and the output (stdout + stderr) contains every TEXT.
check() {
    local name="$1" want_rc="$2" texts="$3"
    shift 4
    local out rc missing=""
    out="$(node "$here/validate-zgw.cjs" --spec "$spec" "$@" 2>&1)"
    rc=$?
    local IFS='|'
    for t in $texts; do
        [ -n "$t" ] || continue
        grep -qF -- "$t" <<<"$out" || missing="$missing [$t]"
    done
    if [ "$rc" = "$want_rc" ] && [ -z "$missing" ]; then
        passed=$((passed + 1))
        echo "ok   $name: exit $rc${texts:+, mentions $texts}"
    else
        failed=$((failed + 1))
        echo "FAIL $name: exit $rc (want $want_rc)${missing:+, output lacks$missing}"
        printf "     | %s\n" "${out//$'\n'/$'\n     | '}"
    fi
}

# Valid exports.
check valid                        0 '10 items checked, 0 problems' -- --openzaak-dir "$fx/valid"
check valid-without-eigenschap     0 '9 items checked, 0 problems'  -- --openzaak-dir "$fx/valid-without-eigenschap"
check zgw-json-valid               0 '10 items checked, 0 problems' -- --zgw-json "$fx/zgw-json/evenementenvergunning.zgw.json"

# Schema violations: one broken field each, so exactly one problem.
check missing-required             1 "ZaakType[0]|must have required property 'doel'|checked, 1 problems" -- --openzaak-dir "$fx/missing-required"
check too-long                     1 'ResultaatType[0]|/omschrijving must NOT have more than 30 characters|checked, 1 problems' -- --openzaak-dir "$fx/too-long"
check bad-enum                     1 'RolType[0]|/omschrijvingGeneriek must be one of|"aanvrager"|checked, 1 problems' -- --openzaak-dir "$fx/bad-enum"
check bad-duration                 1 'ZaakType[0]|/doorlooptijd must match format "duration"|"8 weken"|checked, 1 problems' -- --openzaak-dir "$fx/bad-duration"
check bad-date                     1 'BesluitType[0]|/beginGeldigheid must match format "date"|checked, 1 problems' -- --openzaak-dir "$fx/bad-date"
check bad-uri                      1 'ZaakType[0]|/selectielijstProcestype must match format "uri"|checked, 1 problems' -- --openzaak-dir "$fx/bad-uri"
check zgw-json-too-long            1 'invalid-eigenschap-naam.zgw.json: Eigenschap[0]|/naam must NOT have more than 20 characters|checked, 1 problems' \
    -- --zgw-json "$fx/zgw-json/invalid-eigenschap-naam.zgw.json"

# Referential integrity and the shape of the export.
check dangling-url                 1 'ZaakTypeInformatieObjectType[0]|/informatieobjecttype dangling URL|checked, 1 problems' -- --openzaak-dir "$fx/dangling-url"
check wrong-kind                   1 'Eigenschap[0]|/statustype must refer to a StatusType|is RolType[0]|checked, 1 problems' -- --openzaak-dir "$fx/wrong-kind"
check duplicate-url                1 'StatusType[1]|/url duplicates the url of StatusType[0]' -- --openzaak-dir "$fx/duplicate-url"
check extra-file                   1 'README.txt: unexpected file|checked, 1 problems' -- --openzaak-dir "$fx/extra-file"
check missing-zaaktype             1 'ZaakType.json: missing' -- --openzaak-dir "$fx/missing-zaaktype"
check other-selectielijst          1 '/selectielijstProcestype must be a Selectielijst URL https://selectielijst.example/api/v1/procestypen/|/selectielijstklasse|/resultaattypeomschrijving' \
    -- --selectielijst-base https://selectielijst.example/api/v1 --openzaak-dir "$fx/valid"
check zgw-json-two-files           1 '20 items checked, 1 problems' \
    -- --zgw-json "$fx/zgw-json/evenementenvergunning.zgw.json" "$fx/zgw-json/invalid-eigenschap-naam.zgw.json"

# Input and usage errors: exit 2 with a message naming the file.
printf '[{"url": ' >"$scratch/Catalogus.json"
check malformed-json               2 "$scratch/Catalogus.json: malformed JSON" -- --openzaak-dir "$scratch"
check missing-dir                  2 "$scratch/nonexistent: cannot read directory" -- --openzaak-dir "$scratch/nonexistent"
check missing-zgw-file             2 "$scratch/nonexistent.json: cannot read" -- --zgw-json "$scratch/nonexistent.json"
check usage-both-modes             2 'give exactly one of --openzaak-dir and --zgw-json' -- --openzaak-dir "$fx/valid" --zgw-json "$fx/zgw-json/evenementenvergunning.zgw.json"

echo "validate-zgw selftest: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
