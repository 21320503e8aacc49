#!/usr/bin/env bash
# install-tools.sh BUILD_DIR
#
# The pinned npm packages of check-bpmn.cjs (bpmn-moddle, bpmn-engine,
# bpmnlint; package.json / package-lock.json beside this script) into
# BUILD_DIR/bpmn-tools/node_modules, so that the tests can run
#   NODE_PATH=BUILD_DIR/bpmn-tools/node_modules node tests/bpmn/check-bpmn.cjs ...
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec bash "$here/../scripts/install-npm-tools.sh" "$here" "$1/bpmn-tools" bpmn-moddle bpmn-engine bpmnlint
