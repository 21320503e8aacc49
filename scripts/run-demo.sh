#!/usr/bin/env bash
# Installs the dependencies, builds, and opens the demo workshop.
# Until the app exists (issue 3) it shows the workshop with `blokjes show`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build -DBLOKJES_TESTS=OFF
cmake --build build -j"$(nproc)"
./build/bin/blokjes show scenarios/demo-workshop.json
