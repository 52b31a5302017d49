#!/usr/bin/env bash
# Regenerates ui/src/bindings/*.ts from the Rust types (ts-rs) so the UI and the app cannot drift.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf ui/src/bindings
mkdir -p ui/src/bindings
TS_RS_EXPORT_DIR="$PWD/ui/src/bindings" cargo test -q \
  -p welcome-protocol -p welcome-core -p welcome-app \
  --features welcome-protocol/ts,welcome-core/ts,welcome-app/ts \
  --lib export_bindings >/dev/null
# serde writes Rust's u64/i64 as JSON numbers, which JavaScript reads as `number` (exact up to
# 2^53, far beyond any count or id here); ts-rs would declare them `bigint`.
sed -i -E 's/\bbigint\b/number/g' ui/src/bindings/*.ts
