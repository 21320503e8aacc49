#!/usr/bin/env bash
# install-tools.sh BUILD_DIR
#
# Installs the pinned npm packages of check-bpmn.cjs (bpmn-moddle,
# bpmn-engine, bpmnlint; see package.json / package-lock.json beside this script) into
# BUILD_DIR/bpmn-tools/node_modules with `npm ci`, so that the tests can run
#   NODE_PATH=BUILD_DIR/bpmn-tools/node_modules node tests/bpmn/check-bpmn.cjs ...
# Nothing is written into the source tree.
#
# Skips the install when BUILD_DIR/bpmn-tools already holds an install of the
# same package.json + package-lock.json (a sha256 stamp next to npm's own
# node_modules/.package-lock.json). Safe to call from parallel tests: the
# install runs under flock when flock is available.
set -euo pipefail

die() { echo "install-tools.sh: $*" >&2; exit 1; }

[ $# -eq 1 ] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="$1/bpmn-tools"

command -v node >/dev/null 2>&1 || die "node not found: install Node.js (Debian: apt-get install nodejs npm)"
command -v npm >/dev/null 2>&1 || die "npm not found: install npm (Debian: apt-get install npm)"
for f in package.json package-lock.json; do
    [ -f "$here/$f" ] || die "missing $here/$f"
done

mkdir -p "$dest"
if command -v flock >/dev/null 2>&1; then
    exec 9>"$dest/.install.lock"
    flock 9
fi

sum="$(cat "$here/package.json" "$here/package-lock.json" | sha256sum | cut -d' ' -f1)"
stamp="$dest/node_modules/.blokjessessie-lock.sha256"
if [ -f "$dest/node_modules/.package-lock.json" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ]; then
    echo "install-tools.sh: $dest is up to date"
    exit 0
fi

cp "$here/package.json" "$here/package-lock.json" "$dest/"
echo "install-tools.sh: npm ci in $dest (node $(node --version), npm $(npm --version 2>/dev/null))"
(cd "$dest" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in $dest"
NODE_PATH="$dest/node_modules" node -e "require.resolve('bpmn-moddle'); require('bpmn-engine'); require('bpmnlint')" \
    || die "the installed packages cannot be loaded from $dest/node_modules"
echo "$sum" >"$stamp"
echo "install-tools.sh: installed $(cd "$dest" && node -p "Object.entries(require('./package.json').devDependencies).map(([n, v]) => n + '@' + v).join(' ')")"
