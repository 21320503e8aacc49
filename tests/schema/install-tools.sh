#!/usr/bin/env bash
# install-tools.sh BUILD_DIR
#
# The pinned npm packages of validate-zgw.cjs (ajv, ajv-formats, js-yaml;
# package.json / package-lock.json beside this script) into
# BUILD_DIR/npm-tools/node_modules, so that the tests can run
#   NODE_PATH=BUILD_DIR/npm-tools/node_modules node tests/schema/validate-zgw.cjs ...
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec bash "$here/../scripts/install-npm-tools.sh" "$here" "$1/npm-tools" ajv ajv-formats js-yaml
