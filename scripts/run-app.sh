#!/usr/bin/env bash
# Runs the app against the bundled reference portal: installs what is missing, builds the UI and
# the app, starts `welcome-portal serve` on 127.0.0.1 with the bundled content and demo jobs,
# and opens the app on it. The portal stops when the app closes.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build-ui.sh
cargo build -p welcome-portal -p welcome-app
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')

port=${WELCOME_PORTAL_PORT:-7878}
data_dir=${WELCOME_DEMO_DIR:-$HOME/.local/share/welcome-ruhr-demo}
mkdir -p "$data_dir"
"$target_dir/debug/welcome-portal" serve --addr "127.0.0.1:$port" --db "$data_dir/portal.sqlite" --jobs 2000 &
portal_pid=$!
trap 'kill $portal_pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -fsS "http://127.0.0.1:$port/v1/health" >/dev/null 2>&1 && break
  sleep 0.2
done
WELCOME_PORTAL_URL="http://127.0.0.1:$port" "$target_dir/debug/welcome-app"
