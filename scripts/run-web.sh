#!/usr/bin/env bash
# Serves the web app: builds it (scripts/build-web.sh) and the portal, then runs
# `welcome-portal serve` with the bundled content and demo jobs, the app under /app/.
# WELCOME_WEB_ADDR picks the address (default 0.0.0.0:7878, so a phone on the same network
# reaches it; see README.md for the secure context a phone's browser needs).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build-web.sh
cargo build -p welcome-portal
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
addr=${WELCOME_WEB_ADDR:-0.0.0.0:7878}
data_dir=${WELCOME_DEMO_DIR:-$HOME/.local/share/welcome-ruhr-demo}
mkdir -p "$data_dir"
echo "==> the web app: http://${addr/0.0.0.0/127.0.0.1}/app/"
WELCOME_WEB_APP_DIR="$PWD/ui/dist-web" exec "$target_dir/debug/welcome-portal" serve \
  --addr "$addr" --db "$data_dir/portal.sqlite" --jobs 2000
