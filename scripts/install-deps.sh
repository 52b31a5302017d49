#!/usr/bin/env bash
# Installs what building, running and testing the app needs, and only what is missing:
# Debian packages, tauri-driver, the API fuzzer (schemathesis, from PyPI) and the UI's npm
# packages. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # Build and run the app (Tauri 2 on WebKitGTK 4.1)
  build-essential pkg-config libwebkit2gtk-4.1-dev libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev libdbus-1-dev
  # End-to-end tests: a virtual display and WebKit's WebDriver
  webkit2gtk-driver xvfb xauth
  # welcome-ruhr:// links: the desktop database and xdg-open (the app registers itself in
  # development, the package when installed); desktop-file-validate checks the package's entry
  desktop-file-utils xdg-utils
  # Keychain tests against a real Secret Service
  gnome-keyring libsecret-tools dbus-x11
  # The benchmark's physical limit (sqlite3 shell), screenshots, fonts incl. Arabic script
  sqlite3 imagemagick fonts-noto-core fonts-dejavu-core
  # The portal's PostgreSQL backend: its tests run on a throw-away cluster (with-postgres.sh)
  postgresql
  # The portal's package test (test-operating.sh): its unit is checked by systemd-analyze
  systemd curl
  # Web pages the portal serves (the Welcome Guides' page, the web app) are tested in a real
  # browser: Chromium over WebDriver
  chromium chromium-driver
  # The appointment PDF is checked rendered to a picture
  poppler-utils
  # The web build of core: SQLite's C compiled to WebAssembly (clang) and archived (llvm-ar)
  clang llvm
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The web build: core for the browser, and the wasm-bindgen CLI at the version of the
# wasm-bindgen crate in Cargo.lock (the two must match exactly).
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "==> adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
WASM_BINDGEN_VERSION=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$WASM_BINDGEN_VERSION" ]; then
  echo "==> installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! command -v tauri-driver >/dev/null 2>&1; then
  echo "==> installing tauri-driver"
  cargo install tauri-driver --locked --version '^2'
fi

# The API fuzzer of scripts/api-fuzz.sh, at the version that script was tested with.
SCHEMATHESIS_VERSION=$(sed -n 's/^SCHEMATHESIS_VERSION=//p' scripts/api-fuzz.sh)
installed=$(python3 -c 'import importlib.metadata as m; print(m.version("schemathesis"))' 2>/dev/null || true)
if [ "$installed" != "$SCHEMATHESIS_VERSION" ]; then
  echo "==> installing schemathesis $SCHEMATHESIS_VERSION"
  python3 -m pip install --quiet "schemathesis==$SCHEMATHESIS_VERSION"
fi

if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  echo "==> installing the UI's npm packages"
  (cd ui && npm ci --no-audit --no-fund)
fi
