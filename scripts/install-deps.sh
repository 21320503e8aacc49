#!/usr/bin/env bash
# Installs every Debian package the project builds, runs and tests with.
# Idempotent: packages already present are skipped, and apt-get runs only
# when something is missing. Must run as root (or with sudo available).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake pkg-config git clang libclang-rt-14-dev
  # libraries
  libimgui-dev libglfw3-dev libgl-dev python3-glad nlohmann-json3-dev catch2
  libsqlite3-dev libcli11-dev libstb-dev libzip-dev uuid-dev libpugixml-dev
  # the engine's PostgreSQL store, and the throwaway server its tests run on
  libpqxx-dev postgresql
  # reading event logs: XES as a stream (expat), gzipped (zlib)
  libexpat1-dev zlib1g-dev
  # checking exported XML (the event log's XES, BPMN, SVG) in the tests
  libxml2-utils
  # pictures without a window (cairo: SVG, PNG, PDF; FreeType for the canvas
  # font), the handout and the cards printed by headless chromium, and
  # poppler's pdfinfo/pdftotext/pdftoppm to check the PDFs
  libcairo2-dev libfreetype-dev chromium poppler-utils
  # fonts for the app
  fonts-dejavu-core
  # headless GUI testing
  xvfb xauth xdotool libgl1-mesa-dri
)
# The schema tests run Ajv from npm. Node may already come from elsewhere
# (NodeSource bundles npm); only without it are Debian's packages needed.
if ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
