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
