#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs what is missing, then checks formatting, lints,
# the architecture rule, the UI (types, unit tests, build), the TypeScript bindings, every Rust
# test (keychain tests against a real Secret Service), a schema-driven fuzzer against the running
# portal, the portal's Debian package installed and run through docs/operating.md, the web app
# in headless Chromium, and the end-to-end tests of the real app under Xvfb with tauri-driver
# and WebKitWebDriver.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh

# Each step says how long the run has taken so far: CI's clock is the budget to watch.
step() { printf '\n==> [%d:%02d] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }

step "core must not depend on Tauri"
if cargo tree -p welcome-core -e normal,build --prefix none | grep -qE '^tauri( |-)'; then
  echo "crates/core depends on tauri: keep it free of Tauri" >&2
  exit 1
fi

step "core and the web app's crate build for the browser (wasm32-unknown-unknown), lint-free"
cargo clippy -p welcome-core -p welcome-web --target wasm32-unknown-unknown -- -D warnings

step "UI: types, unit tests, build"
(cd ui && npm run check && npm test)
./scripts/build-ui.sh

step "TypeScript bindings are generated from the Rust types and committed"
./scripts/gen-bindings.sh
if ! git diff --exit-code --stat -- ui/src/bindings; then
  echo "ui/src/bindings is out of date: run ./scripts/gen-bindings.sh and commit" >&2
  exit 1
fi

step "formatting and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --all-features -- -D warnings

step "Rust tests (keychain tests against gnome-keyring in a private D-Bus session, the portal's on SQLite and PostgreSQL)"
./scripts/with-postgres.sh ./scripts/with-keyring.sh cargo test --workspace --all-targets

step "API fuzzing: the running portal against its OpenAPI document (schemathesis)"
./scripts/api-fuzz.sh

step "the portal's Debian package, installed and operated by docs/operating.md"
./scripts/test-operating.sh

step "the web app in a real browser: Chromium at phone size, first run, sync, offline reload, Arabic, axe-core"
cargo build -p welcome-portal
./scripts/build-web.sh
./scripts/test-web.sh

step "end-to-end tests of the real app"
cargo build -p welcome-app -p welcome-portal
./scripts/e2e.sh

# The app as a user installs it: built into a .deb, installed, run and removed.
step "the installable app: the .deb built, installed with apt, run against the portal (a welcome-ruhr:// link too), removed"
./scripts/test-package.sh
step "all tests passed"
