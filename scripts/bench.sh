#!/usr/bin/env bash
# The benchmarks (not tests: they report figures and assert none): the sync at 10,000,
# 100,000 and 1,000,000 jobs and the portal under load on SQLite and on PostgreSQL, written to
# benches/RESULTS.md.
# Installs what it needs and the tests do not (wrk, nginx); run it on an otherwise idle machine
# (about 15 minutes on 2 cores). JOBS=10000,100000 make bench skips the million.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh

# The load generator and the caching proxy of the load section.
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v nginx >/dev/null 2>&1 || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  # The package starts a system nginx on port 80; the benchmark runs its own.
  $SUDO systemctl disable --now nginx >/dev/null 2>&1 || $SUDO service nginx stop >/dev/null 2>&1 || true
fi

# wrk opens a thousand connections and the portal accepts them.
ulimit -n 8192 2>/dev/null || true

cargo build --release -p welcome-portal
cargo build --release -p welcome-cli --features bench --bin welcome-bench
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
# The load section also runs the portal on a throw-away PostgreSQL cluster.
./scripts/with-postgres.sh "$target_dir/release/welcome-bench" \
  --jobs "${JOBS:-10000,100000,1000000}" --out benches/RESULTS.md
