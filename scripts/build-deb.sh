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

# The units must be valid before they are packaged (systemd-analyze needs no running systemd).
if command -v systemd-analyze >/dev/null 2>&1; then
  units=(packaging/portal/*.service packaging/portal/*.timer)
  # The binary they name is not installed yet: that one complaint is expected here.
  out=$(systemd-analyze verify "${units[@]}" 2>&1 |
    grep -v 'Command /usr/bin/welcome-portal is not executable' || true)
  if [ -n "$out" ]; then
    echo "$out" >&2
    echo "the units in packaging/portal do not verify" >&2
    exit 1
  fi
  # The sandboxes stay tight: systemd's exposure level (0 best, 10 worst; 1.2 for the portal
  # now, 0.5 for the backup) at most 2.0 (--threshold counts tenths).
  for unit in packaging/portal/*.service; do
    if ! report=$(systemd-analyze security --offline=true --threshold=20 --no-pager "$unit"); then
      echo "$report" >&2
      echo "$unit: its sandbox exposure rose above 2.0" >&2
      exit 1
    fi
    echo "$report" | tail -n 1 >&2
  done
fi

cargo deb -p welcome-portal --locked "$@" >&2
target=${CARGO_TARGET_DIR:-target}
ls -t "$target"/debian/welcome-portal_*.deb | head -n 1
