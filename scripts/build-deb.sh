#!/usr/bin/env bash
# Builds the portal's Debian package, target/debian/welcome-portal_<version>-1_<arch>.deb (in
# $CARGO_TARGET_DIR when set), with cargo-deb from crates/portal/Cargo.toml's
# [package.metadata.deb]; installs cargo-deb first if it is missing. Prints the package's path.
# Extra arguments go to cargo deb (e.g. --deb-version for a test upgrade).
#
#   scripts/build-deb.sh
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_DEB_VERSION=3.8.0

installed=$(cargo deb --version 2>/dev/null | awk '{print $2}' || true)
if [ "$installed" != "$CARGO_DEB_VERSION" ]; then
  echo "==> installing cargo-deb $CARGO_DEB_VERSION" >&2
  cargo install cargo-deb --locked --version "$CARGO_DEB_VERSION" >&2
fi

# The unit must be valid before it is packaged (systemd-analyze needs no running systemd).
if command -v systemd-analyze >/dev/null 2>&1; then
  # The binary it names is not installed yet: that one complaint is expected here.
  out=$(systemd-analyze verify packaging/portal/welcome-portal.service 2>&1 |
    grep -v 'Command /usr/bin/welcome-portal is not executable' || true)
  if [ -n "$out" ]; then
    echo "$out" >&2
    echo "packaging/portal/welcome-portal.service does not verify" >&2
    exit 1
  fi
  # The sandbox stays tight: systemd's exposure level (0 best, 10 worst; 1.2 now) at most 2.0
  # (--threshold counts tenths).
  if ! report=$(systemd-analyze security --offline=true --threshold=20 --no-pager \
    packaging/portal/welcome-portal.service); then
    echo "$report" >&2
    echo "packaging/portal/welcome-portal.service: its sandbox exposure rose above 2.0" >&2
    exit 1
  fi
  echo "$report" | tail -n 1 >&2
fi

cargo deb -p welcome-portal --locked "$@" >&2
target=${CARGO_TARGET_DIR:-target}
ls -t "$target"/debian/welcome-portal_*.deb | head -n 1
