#!/usr/bin/env bash
# Builds the web app into ui/dist-web, which the portal serves under /app/: the UI (the same
# Svelte app as the desktop's, base /app/), the core as WebAssembly (crates/web, through
# wasm-bindgen), the worker that runs it, the web app manifest, the service worker and icons.
set -euo pipefail
cd "$(dirname "$0")/.."
out=ui/dist-web
target_dir=${CARGO_TARGET_DIR:-target}

# The size-tuned `web` profile (Cargo.toml); WEB_PROFILE=release builds faster.
profile=${WEB_PROFILE:-web}
cargo build -p welcome-web --target wasm32-unknown-unknown --profile "$profile"
(cd ui && npx vite build --mode web --base /app/ --outDir dist-web --emptyOutDir)
wasm-bindgen --target web --no-typescript --out-dir "$out/pkg" \
  "$target_dir/wasm32-unknown-unknown/$profile/welcome_web.wasm"
cp crates/web/js/worker.js "$out/worker.js"
cp crates/web/js/sw.js "$out/sw.js"
cp crates/web/js/manifest.webmanifest "$out/manifest.webmanifest"
mkdir -p "$out/icons"
cp icons/128x128.png icons/256x256.png icons/icon.png "$out/icons/"
# The shell the service worker caches: every file of the build, by its path under /app/.
(cd "$out" && find . -type f ! -name sw.js ! -name shell.json | sed 's|^\./||' | sort |
  python3 -c 'import json,sys; print(json.dumps([l.strip() for l in sys.stdin]))') > "$out/shell.json"
version=$(cd "$out" && find . -type f ! -name sw.js | sort | xargs sha256sum | sha256sum | cut -c1-16)
sed -i "s/__VERSION__/$version/" "$out/sw.js"
echo "web app in $out ($(du -sh "$out" | cut -f1))"
