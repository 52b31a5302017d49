#!/usr/bin/env bash
# The installable app, end to end: builds the .deb and .rpm (scripts/package.sh), installs the
# .deb with apt as a user would, runs the installed app under Xvfb against the real portal on
# loopback (tests/e2e/installed/), including a welcome-ruhr:// link opened with xdg-open, and
# removes the package again. Needs root (or sudo) for apt.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')

PACKAGE_REPORT="${PACKAGE_REPORT-}" ./scripts/package.sh
deb=$(ls "$target_dir"/dist/bundle/deb/*.deb)
package=$(dpkg-deb -f "$deb" Package)
binary=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed -En 's|^(\./)?usr/bin/|/usr/bin/|p' | head -n1)

if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
  echo "$package is installed already: remove it first (apt-get remove $package)" >&2
  exit 1
fi
echo "==> apt-get install $deb"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb"
trap 'echo "==> apt-get remove $package"; $SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq "$package"' EXIT

cargo build -p welcome-portal
export WELCOME_APP_BIN="$binary"
export WELCOME_PORTAL_BIN="$target_dir/debug/welcome-portal"
./scripts/with-keyring.sh timeout --kill-after=30 600 xvfb-run -a -s "-screen 0 1280x900x24" \
  node --test --test-concurrency=1 tests/e2e/installed/*.test.mjs
