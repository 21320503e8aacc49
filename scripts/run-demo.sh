#!/usr/bin/env bash
# Installs the dependencies, builds, and opens the app on the demo workshop.
# Without a display (a server, CI), it renders the demo under Xvfb to
# build/demo.png instead and says so.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -n "${BLOKJES_SKIP_INSTALL:-}" ] || bash scripts/install-deps.sh
# Options explicit, as in scripts/test-all.sh, which shares build/: the demo
# needs no tests, and the test script turns them on again for itself.
cmake -S . -B build -DBLOKJES_TESTS=OFF -DBLOKJES_SANITIZE=OFF -DBLOKJES_FUZZ=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/bin/blokjessessie scenarios/demo-workshop.json
fi
echo "No display found; rendering the demo workshop to build/demo.png under Xvfb."
xvfb-run -a -s "-screen 0 1920x1080x24" \
  ./build/bin/blokjessessie scenarios/demo-workshop.json --size 1920x1080 --screenshot build/demo.png
echo "Wrote build/demo.png"
