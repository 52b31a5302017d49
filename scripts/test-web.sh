#!/usr/bin/env bash
# The web app's tests in a real browser: headless Chromium over chromedriver at phone size,
# against the portal serving the built web app (scripts/build-web.sh) under /app/.
set -euo pipefail
cd "$(dirname "$0")/.."
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
export WELCOME_PORTAL_BIN="$target_dir/debug/welcome-portal"
export WELCOME_WEB_APP_DIR="$PWD/ui/dist-web"
[ -f "$WELCOME_WEB_APP_DIR/index.html" ] || ./scripts/build-web.sh
timeout --kill-after=30 600 node --test --test-concurrency=1 tests/web/*.test.mjs
