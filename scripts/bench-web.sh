#!/usr/bin/env bash
# The web app's figures in headless Chromium (download size, first sync of 10,000 and 100,000
# jobs, search p95) into benches/WEB.md, which benches/RESULTS.md carries. JOBS=10000 for a
# quicker run.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -p welcome-portal
./scripts/build-web.sh
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
export WELCOME_PORTAL_BIN="$target_dir/debug/welcome-portal"
export WELCOME_WEB_APP_DIR="$PWD/ui/dist-web"
node tests/web/bench.mjs
