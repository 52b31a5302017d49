#!/usr/bin/env bash
# The randomized sync checker at length (crates/core/tests/sync_checker.rs): SCHEDULES
# schedules (default 10,000) from seed SEED (default 1) against the real portal, release build,
# on THREADS workers (default 4: a schedule mostly waits, four keep 2 cores busy).
# Writes docs/soak-report.md; exits non-zero when any schedule failed.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
SYNC_CHECKER_THREADS="${THREADS:-4}" \
SYNC_CHECKER_SCHEDULES="${SCHEDULES:-10000}" \
SYNC_CHECKER_SEED="${SEED:-1}" \
SYNC_CHECKER_REPORT="$PWD/docs/soak-report.md" \
  cargo test --release -p welcome-core --test sync_checker -- --nocapture
echo "report: docs/soak-report.md"
