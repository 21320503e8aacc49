#!/usr/bin/env bash
# install-npm-tools.sh PACKAGE_DIR DEST MODULE...
#
# Installs the pinned npm packages of PACKAGE_DIR (its package.json and
# package-lock.json) into DEST/node_modules with `npm ci`, then checks that
# each MODULE loads from there. The outside checkers of the tests (Ajv for the
# Catalogi exports, bpmn.io's tools for BPMN) come this way; nothing is
# written into the source tree.
#
# Skips the install when DEST already holds an install of the same
# package.json + package-lock.json (a sha256 stamp next to npm's own
# node_modules/.package-lock.json). Safe to call from parallel tests: the
# install runs under flock when flock is available.
set -euo pipefail

die() { echo "install-npm-tools.sh: $*" >&2; exit 1; }

[ $# -ge 3 ] || { echo "usage: $0 PACKAGE_DIR DEST MODULE..." >&2; exit 2; }
here="$1"
dest="$2"
shift 2

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
    echo "install-npm-tools.sh: $dest is up to date"
    exit 0
fi

cp "$here/package.json" "$here/package-lock.json" "$dest/"
echo "install-npm-tools.sh: npm ci in $dest (node $(node --version), npm $(npm --version 2>/dev/null))"
(cd "$dest" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in $dest"
for module in "$@"; do
    NODE_PATH="$dest/node_modules" node -e "require.resolve('$module')" \
        || die "$module cannot be loaded from $dest/node_modules"
done
echo "$sum" >"$stamp"
echo "install-npm-tools.sh: installed $(cd "$dest" && node -p "Object.entries(require('./package.json').devDependencies).map(([n, v]) => n + '@' + v).join(' ')")"
