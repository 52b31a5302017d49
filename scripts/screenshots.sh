#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png from the real app under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build-ui.sh
cargo build -p welcome-app -p welcome-portal
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
export WELCOME_APP_BIN="$target_dir/debug/welcome-app"
export WELCOME_PORTAL_BIN="$target_dir/debug/welcome-portal"
xvfb-run -a -s "-screen 0 1280x900x24" node tests/e2e/screenshots.mjs docs/screenshots
