#!/usr/bin/env bash
# The web app's screenshots at phone size into docs/screenshots/web-*.png (headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -p welcome-portal
[ -f ui/dist-web/index.html ] || ./scripts/build-web.sh
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
export WELCOME_PORTAL_BIN="$target_dir/debug/welcome-portal"
export WELCOME_WEB_APP_DIR="$PWD/ui/dist-web"
mkdir -p docs/screenshots
node tests/web/screenshots.mjs docs/screenshots
# Phone screenshots come at the emulated 3x pixel ratio; 2x keeps them sharp and small.
mogrify -resize 780x -strip -colors 256 -define png:compression-level=9 docs/screenshots/web-*.png
