#!/usr/bin/env bash
# End-to-end tests: the built app under Xvfb, driven by tauri-driver and WebKitWebDriver,
# syncing from the real portal on loopback, with a real Secret Service for the login; and the
# portal's own pages (the guides' page) in headless Chromium over chromedriver.
set -euo pipefail
cd "$(dirname "$0")/.."
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
export WELCOME_APP_BIN="$target_dir/debug/welcome-app"
export WELCOME_PORTAL_BIN="$target_dir/debug/welcome-portal"
# A bound on the whole run: a hang fails the suite instead of stalling CI.
./scripts/with-keyring.sh timeout --kill-after=30 1200 xvfb-run -a -s "-screen 0 1280x900x24" node --test --test-concurrency=1 tests/e2e/*.test.mjs
