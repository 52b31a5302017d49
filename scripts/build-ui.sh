#!/usr/bin/env bash
# Builds the UI into ui/dist, which the app embeds at compile time.
set -euo pipefail
cd "$(dirname "$0")/../ui"
npm run build --silent
